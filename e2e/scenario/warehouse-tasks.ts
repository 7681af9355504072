import type { SessionBuilder } from '../../core/flows/session-builder.ts';
import { leave, type Outcome } from './leave.ts';
import type { Random } from './random.ts';
import { BUTTONS, MENUS, MOVE_LINES, OVERVIEW, PICKING, PICKINGS } from './screens.ts';

/**
 * What warehouse operators do, event by event: receive goods, put them away, deliver. Each task
 * starts from Inventory's overview and ends on a finished transfer ("done"), or with the user
 * leaving for Discuss ("left"), after which their session ends: an attempt left open would
 * otherwise take in everything they did next.
 */

/** How a user behaves at putaway's storage-location step. */
export interface PutawayHabits {
  /** A long think before setting the second line's location. */
  pause: number;
  /** Back and forth between the transfer and its detailed operations. */
  loop: number;
  /** Pointing at Validate, drawing back, pointing again. */
  hoverBacktrack: number;
  /** Giving up and going to ask someone. */
  abandon: number;
}

/** New operators who were never shown how putaway rules fill in the location. */
export const UNTRAINED: PutawayHabits = {
  pause: 0.75,
  loop: 0.35,
  hoverBacktrack: 0.4,
  abandon: 0.2,
};

/** New operators after the training: about as sure as their experienced colleagues. */
export const TRAINED: PutawayHabits = { pause: 0.04, loop: 0, hoverBacktrack: 0.02, abandon: 0 };

/** Experienced operators: now and then a moment's thought. */
export const EXPERIENCED: PutawayHabits = { pause: 0.03, loop: 0, hoverBacktrack: 0, abandon: 0 };

/** Chance that a product needs a lot number nobody entered: Odoo refuses Validate once. */
const LOT_ERROR = 0.04;

/** Chance of a long look at the quantities before validating a receipt. */
const RECEIPT_PAUSE = 0.03;

/** Back at Inventory after time away from the screen: the action that ends the gap. */
export function openInventory(b: SessionBuilder, r: Random, awayMs: number): void {
  b.wait(awayMs).app(MENUS.inventory).soon(r.ms(30, 80)).go(OVERVIEW, 'app_switch');
}

/** A receipt from Inventory > Receipts: quantities set, validated; sometimes a lot is missing. */
export function receipt(b: SessionBuilder, r: Random): Outcome {
  b.wait(r.ms(800, 2000)).menu(MENUS.receipts).soon(40).go(PICKINGS, 'menu');
  openFirstRecord(b, r);
  b.wait(r.ms(1000, 3000)).edit('quantity');
  b.wait(r.chance(RECEIPT_PAUSE) ? r.ms(12_000, 20_000) : r.ms(1000, 3000));
  b.click('button_validate', 'primary_action', BUTTONS.validate);

  if (r.chance(LOT_ERROR)) {
    b.soon(300).page('loading').soon(300).dialog(null, 'user_error').soon(5).page('loaded');
    closeErrorDialog(b, r);
    b.wait(r.ms(1000, 3000)).edit('lot_name');
    b.wait(r.ms(1000, 2500)).click('button_validate', 'primary_action', BUTTONS.validate);
  }
  b.soon(r.ms(250, 450)).state('done');
  return 'done';
}

/**
 * An internal transfer put away: its detailed operations opened, each line's storage location
 * set, back on the transfer, validated. `habits` say how sure the user is of the locations.
 */
export function putaway(b: SessionBuilder, r: Random, habits: PutawayHabits): Outcome {
  b.wait(r.ms(800, 2000)).click('get_stock_picking_action_picking_type', 'secondary_action', {
    buttonType: 'object',
  });
  b.soon(60).go(PICKINGS, 'button');
  openFirstRecord(b, r);
  openDetailedOperations(b, r);
  b.wait(r.ms(2000, 4000)).edit('location_dest_id');

  b.wait(r.chance(habits.pause) ? r.ms(14_000, 40_000) : r.ms(2000, 5000));
  b.edit('location_dest_id');
  backToTransfer(b, r);

  if (r.chance(habits.loop)) {
    openDetailedOperations(b, r);
    b.wait(r.ms(3000, 6000)).edit('location_dest_id');
    backToTransfer(b, r);
  }
  if (r.chance(habits.hoverBacktrack)) {
    b.hover('button_validate', r.ms(1200, 2500), BUTTONS.validate);
    b.wait(r.ms(2000, 5000)).hover('button_validate', r.ms(400, 800), BUTTONS.validate);
  }
  if (r.chance(habits.abandon)) return leave(b, r);

  b.wait(r.ms(1000, 3000)).click('button_validate', 'primary_action', BUTTONS.validate);
  b.soon(r.ms(250, 450)).state('done');
  return 'done';
}

/**
 * A delivery from Inventory > Deliveries. When `broken` (the module update of 2026-11-18),
 * Validate answers with a server error; the user closes it and tries again, and then it works,
 * fails again and stops answering, or just stops answering. A user it beat leaves.
 */
export function delivery(b: SessionBuilder, r: Random, broken: boolean): Outcome {
  b.wait(r.ms(800, 2000)).menu(MENUS.deliveries).soon(40).go(PICKINGS, 'menu');
  openFirstRecord(b, r);
  if (r.chance(0.5)) {
    b.wait(r.ms(1000, 2500)).click('action_assign', 'primary_action', BUTTONS.checkAvailability);
  }
  b.wait(r.ms(1000, 3000)).edit('quantity');
  b.wait(r.ms(1000, 3000)).click('button_validate', 'primary_action', BUTTONS.validate);
  if (!broken) {
    b.soon(r.ms(250, 450)).state('done');
    return 'done';
  }

  serverError(b);
  closeErrorDialog(b, r);
  b.wait(r.ms(2000, 4000)).click('button_validate', 'primary_action', BUTTONS.validate);
  const then = r.next();
  if (then < 0.25) {
    b.soon(r.ms(250, 450)).state('done');
    return 'done';
  }
  if (then < 0.6) {
    serverError(b);
    closeErrorDialog(b, r);
    b.wait(r.ms(1000, 2500));
    b.unansweredClicks(
      'button_validate',
      r.chance(0.5) ? 3 : 1,
      400,
      'primary_action',
      BUTTONS.validate,
    );
    return leave(b, r);
  }
  b.noEffect();
  b.wait(r.ms(2000, 3500)).unansweredClicks(
    'button_validate',
    1,
    400,
    'primary_action',
    BUTTONS.validate,
  );
  return leave(b, r);
}

function openFirstRecord(b: SessionBuilder, r: Random): void {
  b.wait(r.ms(1000, 3000)).click(null, 'record').soon(50).go(PICKING, 'open_record');
}

function openDetailedOperations(b: SessionBuilder, r: Random): void {
  b.wait(r.ms(1000, 3000)).click(
    'action_detailed_operations',
    'secondary_action',
    BUTTONS.detailedOperations,
  );
  b.soon(300).go(MOVE_LINES, 'button');
}

function backToTransfer(b: SessionBuilder, r: Random): void {
  b.wait(r.ms(1000, 3000)).click(null, 'breadcrumb', { depth: 1 });
  b.soon(30).go(PICKING, 'breadcrumb');
}

function serverError(b: SessionBuilder): void {
  b.soon(300).page('loading').soon(900).dialog(null, 'server_error').soon(5).page('loaded');
}

function closeErrorDialog(b: SessionBuilder, r: Random): void {
  b.wait(r.ms(2000, 5000)).click(null, 'primary_action', BUTTONS.close);
  b.soon(50).closeDialog({ role: 'primary_action', label: 'Close' });
}
