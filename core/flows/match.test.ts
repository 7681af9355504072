import { describe, expect, it } from 'vitest';

import { BUILT_IN_PATHS } from './library.ts';
import { matchAttempts, type Attempt } from './match.ts';
import { DISCUSS, OVERVIEW, RECEIPT, RECEIPTS, SessionBuilder } from './session-builder.ts';

const receiptPath = BUILT_IN_PATHS.filter((path) => path.id === 'inventory.receipt');

/** The receipts list, entered from Inventory > Receipts. */
function toReceipts(session = 's1') {
  return new SessionBuilder(session)
    .go(OVERVIEW, 'app_switch')
    .menu('stock.in_picking')
    .go(RECEIPTS, 'menu');
}

function summary(attempt: Attempt) {
  return {
    status: attempt.status,
    furthest: attempt.furthestStep,
    last: attempt.lastStep,
    deviations: attempt.deviations.map((d) => `${d.kind}:${d.step}`),
  };
}

describe('matchAttempts', () => {
  it('follows a receipt from the list to done, with each step timed', () => {
    const session = toReceipts()
      .wait(2000)
      .go(RECEIPT, 'open_record')
      .wait(5000)
      .click('button_validate')
      .dialog('stock.backorder.confirmation')
      .click('process')
      .closeDialog()
      .state('done');

    const [attempt, ...more] = matchAttempts(session.events, receiptPath);

    expect(more).toEqual([]);
    expect(summary(attempt!)).toEqual({
      status: 'completed',
      furthest: 'done',
      last: 'done',
      deviations: [],
    });
    expect(attempt!.steps.map((step) => [step.step, step.durationMs])).toEqual([
      ['receipts-list', 3000],
      ['receipt-form', 6000],
      ['validate', 1000],
      ['backorder-decision', 3000],
      ['done', 0],
    ]);
    expect(attempt!.durationMs).toBe(13_000);
  });

  it('does not start a receipt attempt for a delivery, nor for a list glanced at', () => {
    const delivery = new SessionBuilder('s1')
      .menu('stock.out_picking')
      .go(RECEIPTS, 'menu')
      .go(RECEIPT, 'open_record')
      .click('button_validate')
      .state('done');
    const glance = toReceipts('s2').go(DISCUSS, 'app_switch');

    expect(matchAttempts([...delivery.events, ...glance.events], receiptPath)).toEqual([]);
  });

  it('abandons an attempt when the session ends, at the step the user was at', () => {
    const session = toReceipts().go(RECEIPT, 'open_record').go(RECEIPTS, 'breadcrumb');

    expect(matchAttempts(session.events, receiptPath).map(summary)).toEqual([
      {
        status: 'abandoned',
        furthest: 'receipt-form',
        last: 'receipts-list',
        deviations: ['backtrack:receipts-list'],
      },
    ]);
  });

  it('times out an attempt open longer than the path allows, and starts the next one afresh', () => {
    const session = toReceipts()
      .go(RECEIPT, 'open_record')
      .wait(31 * 60_000)
      .go(RECEIPT, 'open_record')
      .click('button_validate')
      .state('done');

    const attempts = matchAttempts(session.events, receiptPath);

    expect(attempts.map((a) => [a.status, a.endReason])).toEqual([
      ['abandoned', 'timed_out'],
      ['completed', 'completed'],
    ]);
  });

  it('records a detour through screens no step names, with its length', () => {
    const session = toReceipts()
      .go(RECEIPT, 'open_record')
      .go(DISCUSS, 'app_switch')
      .go(OVERVIEW, 'app_switch')
      .wait(10_000)
      .go(RECEIPT, 'other')
      .click('button_validate')
      .state('done');

    const [attempt] = matchAttempts(session.events, receiptPath);

    expect(attempt!.status).toBe('completed');
    expect(attempt!.deviations).toEqual([
      expect.objectContaining({
        kind: 'detour',
        step: 'receipt-form',
        screens: 2,
        durationMs: 12_000,
      }),
    ]);
    expect(attempt!.steps.find((step) => step.step === 'receipt-form')!.visits).toBe(2);
  });

  it('sees a loop when the user goes back and forth between the list and the form', () => {
    const session = toReceipts();
    for (let i = 0; i < 3; i += 1) session.go(RECEIPT, 'open_record').go(RECEIPTS, 'breadcrumb');

    const [attempt] = matchAttempts(session.events, receiptPath);

    expect(attempt!.deviations.filter((d) => d.kind === 'loop')).toEqual([
      expect.objectContaining({
        step: 'receipt-form',
        sequence: ['receipts-list', 'receipt-form', 'receipts-list', 'receipt-form'],
      }),
      expect.objectContaining({ step: 'receipts-list' }),
    ]);
  });

  it('records a skipped required step, but not a skipped optional one', () => {
    const sales = BUILT_IN_PATHS.filter((path) => path.id === 'sales.order-to-payment');
    const order = {
      app: 'sale.sale_menu_root',
      model: 'sale.order',
      viewType: 'form',
      state: 'draft',
    };
    const session = new SessionBuilder('s1')
      .go(order, 'open_record')
      .click('action_confirm')
      // The order's confirmed state is never seen: the user goes straight to the wizard.
      .dialog('sale.advance.payment.inv');

    const [attempt] = matchAttempts(session.events, sales);

    expect(attempt!.deviations.map((d) => `${d.kind}:${d.step}`)).toEqual(['skipped:order']);
  });

  it('leaves the screen behind a closed dialog, and an error over the form, on the path', () => {
    const session = toReceipts()
      .go(RECEIPT, 'open_record')
      .click('button_validate')
      .dialog(null, 'user_error')
      .closeDialog()
      .edit('lot_name')
      .click('button_validate')
      .state('done');

    expect(matchAttempts(session.events, receiptPath).map(summary)).toEqual([
      { status: 'completed', furthest: 'done', last: 'done', deviations: [] },
    ]);
  });

  it('keeps sessions apart and sorts each by time', () => {
    const a = toReceipts('a').go(RECEIPT, 'open_record').click('button_validate').state('done');
    const b = toReceipts('b').go(RECEIPT, 'open_record');
    const shuffled = [...a.events, ...b.events].reverse();

    const attempts = matchAttempts(shuffled, receiptPath);

    expect(attempts.map((attempt) => [attempt.session, attempt.status]).sort()).toEqual([
      ['a', 'completed'],
      ['b', 'abandoned'],
    ]);
  });
});
