import 'fake-indexeddb/auto';

import { SYNC_SENT, type CapturedEvent } from '../../core/events/schema.ts';
import type { Screen } from '../../core/screen/types.ts';
import { PathlightDb } from './db.ts';
import { recordEvent } from './record-event.ts';

/** A fresh, uniquely named store over the in-memory IndexedDB, for unit tests. */
export function openTestDb(): PathlightDb {
  return new PathlightDb(`pathlight-test-${crypto.randomUUID()}`);
}

export const RECEIPT_FORM: Screen = {
  version: 18,
  app: 'stock.menu_stock_root',
  model: 'stock.picking',
  viewType: 'form',
  state: 'assigned',
  dialog: null,
};

/** A click on Validate at time `t`. */
export function validateClick(t: number): CapturedEvent {
  return {
    type: 'click',
    t,
    screen: RECEIPT_FORM,
    target: {
      role: 'primary_action',
      name: 'button_validate',
      buttonType: 'object',
      widget: null,
      menu: null,
      state: null,
      depth: null,
      label: 'Validate',
      inDialog: false,
      disabled: false,
      covered: false,
    },
  };
}

/**
 * A store with two sessions on one Odoo: a click on Validate, a focus on partner_id and a copy
 * (the first two sent), then an hour later another click. Events get ids 1 to 4.
 */
export async function seedTwoSessions(t0: number) {
  const db = openTestDb();
  const odoo = 'https://odoo.example.com';
  const focus: CapturedEvent = {
    type: 'field',
    t: t0 + 100,
    screen: RECEIPT_FORM,
    action: 'focus',
    field: 'partner_id',
    widget: 'many2one',
    required: true,
    empty: false,
  };

  const first = await recordEvent(db, validateClick(t0), odoo, null);
  await recordEvent(db, focus, odoo, null);
  await recordEvent(db, { type: 'copy', t: t0 + 200, screen: RECEIPT_FORM }, odoo, null);
  const second = await recordEvent(db, validateClick(t0 + 60 * 60 * 1000), odoo, null);
  await db.events
    .where('t')
    .below(t0 + 150)
    .modify({ sync: SYNC_SENT });
  return { db, first, second };
}
