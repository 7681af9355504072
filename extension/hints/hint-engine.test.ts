import { describe, expect, it } from 'vitest';

import {
  click,
  errorDialog,
  field,
  LIST,
  navigate,
  RECEIPT,
  target,
  VALIDATE,
} from '../../core/detect/test-events.ts';
import type { Signal, SignalKind } from '../../core/detect/types.ts';
import type { CapturedEvent, HintOutcome } from '../../core/events/schema.ts';
import { buildHintPack } from '../../core/hints/build-pack.ts';
import type { Hint } from '../../core/hints/choose-hint.ts';
import { attemptRow, pseudonym } from '../../core/testing/attempt-rows.ts';
import { FOLLOW_WINDOW_MS } from './follow-watch.ts';
import { createHintEngine, DEFERRED_MAX_MS } from './hint-engine.ts';
import { STEP_COOLDOWN_MS } from './hint-rules.ts';
import type { HintActions, HintSources, ShownHint } from './types.ts';

const T0 = Date.UTC(2026, 11, 4, 9);
const DAY_MS = 86_400_000;
const RECEIPTS_MENU = target('menu', { menu: 'stock.in_picking', label: 'Receipts' });

interface Shown {
  hint: Hint;
  actions: HintActions;
  closed: boolean;
}

/** An engine over fake page, background and clock; `t` is the clock. */
function harness(sources: Partial<HintSources> = {}) {
  const state = { t: T0, typing: false };
  const shown: Shown[] = [];
  const outcomes: { outcome: HintOutcome; hint: ShownHint }[] = [];
  const quiet = new Set<() => void>();
  let snoozes = 0;

  const engine = createHintEngine({
    now: () => state.t,
    sources: async () => ({
      enabled: true,
      snoozedUntil: null,
      local: null,
      pack: null,
      ...sources,
    }),
    present(hint, actions) {
      const entry: Shown = { hint, actions, closed: false };
      shown.push(entry);
      return { close: () => (entry.closed = true) };
    },
    record: (outcome, hint) => outcomes.push({ outcome, hint }),
    snooze: async () => {
      snoozes += 1;
      return state.t + DAY_MS;
    },
    typing: {
      active: () => state.typing,
      onQuiet(listener) {
        quiet.add(listener);
        return () => quiet.delete(listener);
      },
    },
  });

  const push = (event: CapturedEvent) => {
    state.t = Math.max(state.t, event.t);
    engine.push(event);
  };

  return {
    engine,
    state,
    shown,
    outcomes,
    snoozes: () => snoozes,
    /** Inventory › Receipts, then a Ready receipt: an attempt open at `receipt-form`. */
    openReceipt(at = state.t) {
      push(click(at, RECEIPTS_MENU, { screen: LIST }));
      push(navigate(at + 500, 'menu', LIST));
      push(navigate(at + 2000, 'open_record', RECEIPT));
    },
    push,
    async signal(kind: SignalKind, at = state.t) {
      state.t = Math.max(state.t, at);
      const signal: Signal = { kind, t: at, screen: RECEIPT, target: VALIDATE, evidence: {} };
      engine.signal(signal);
      await engine.settled();
    },
    stopTyping() {
      state.typing = false;
      for (const listener of quiet) listener();
      return engine.settled();
    },
    outcomesOf: (name: HintOutcome) => outcomes.filter((entry) => entry.outcome === name),
  };
}

describe('hint engine', () => {
  it('shows nothing for an attempt going well: no signal, no hint', async () => {
    const page = harness();
    page.openReceipt();
    page.push(field(T0 + 5000, 'edit', 'quantity'));
    page.push(click(T0 + 7000));
    await page.engine.settled();

    expect(page.shown).toEqual([]);
    expect(page.outcomes).toEqual([]);
  });

  it('shows a hint at the open step when a signal fires, and records it shown', async () => {
    const page = harness();
    page.openReceipt();

    await page.signal('hover_backtrack', T0 + 4000);

    expect(page.shown).toHaveLength(1);
    expect(page.shown[0]!.hint).toMatchObject({
      path: 'inventory.receipt',
      step: 'receipt-form',
      next: 'quantities',
      source: 'help',
      target: { tab: 'operations' },
    });
    expect(page.outcomes.map((entry) => [entry.outcome, entry.hint.trigger])).toEqual([
      ['shown', 'hover_backtrack'],
    ]);
  });

  it('shows one hint at a time: an error while a hint is on screen waits its turn', async () => {
    // A colleague who met the same refused save fixed it in the partner field.
    const missing = { kind: 'missing_fields', button: 'save', fix: 'partner_id', count: 1 };
    const pack = buildHintPack(
      [attemptRow({ user: pseudonym(1) }, [{ step: 'receipt-form', errors: [missing] }, 'done'])],
      { minUsers: 1, now: T0 },
    );
    const page = harness({ pack });
    page.openReceipt();
    await page.signal('pause', T0 + 4000);

    page.push(click(T0 + 5000, target('save')));
    page.push({ type: 'notification', t: T0 + 5400, screen: RECEIPT, level: 'danger' });
    await page.engine.settled();

    expect(page.shown).toHaveLength(1);
    expect(page.shown[0]!.closed).toBe(false);

    // Once the first is gone, the same error gets its hint.
    page.shown[0]!.actions.dismiss();
    page.push(click(T0 + 9000, target('save')));
    page.push({ type: 'notification', t: T0 + 9400, screen: RECEIPT, level: 'danger' });
    await page.engine.settled();
    expect(page.shown).toHaveLength(2);
    expect(page.outcomes.at(-1)).toMatchObject({ outcome: 'shown', hint: { trigger: 'error' } });
  });

  it('keeps a cooldown per step: no second hint at a step within STEP_COOLDOWN_MS', async () => {
    const page = harness();
    page.openReceipt();
    await page.signal('hover_backtrack', T0 + 4000);
    page.shown[0]!.actions.gotIt();

    await page.signal('rage_click', T0 + 4000 + STEP_COOLDOWN_MS - 1000);
    expect(page.shown).toHaveLength(1);

    page.push(click(T0 + 4000 + STEP_COOLDOWN_MS + 500, target('tab', { name: 'extra' })));
    await page.signal('rage_click');
    expect(page.shown).toHaveLength(2);
    expect(page.outcomesOf('got_it')).toHaveLength(1);
  });

  it('defers a hint while the user types and shows it once they stop', async () => {
    const page = harness();
    page.openReceipt();
    page.state.typing = true;

    await page.signal('pause', T0 + 4000);
    expect(page.shown).toEqual([]);

    await page.stopTyping();
    expect(page.shown).toHaveLength(1);
    expect(page.outcomesOf('shown')).toHaveLength(1);
  });

  it('drops a deferred hint when typing goes on past DEFERRED_MAX_MS', async () => {
    const page = harness();
    page.openReceipt();
    page.state.typing = true;
    await page.signal('pause', T0 + 4000);

    page.state.t = T0 + 4000 + DEFERRED_MAX_MS + 1;
    await page.stopTyping();

    expect(page.shown).toEqual([]);
  });

  it('shows nothing once the user snoozed hints, on this page at once', async () => {
    const page = harness();
    page.openReceipt();
    await page.signal('hover_backtrack', T0 + 4000);
    page.shown[0]!.actions.snooze();
    await page.engine.settled();

    page.push(click(T0 + 4000 + STEP_COOLDOWN_MS + 500, target('tab', { name: 'extra' })));
    await page.signal('rage_click');

    expect(page.snoozes()).toBe(1);
    expect(page.shown).toHaveLength(1);
    expect(page.shown[0]!.closed).toBe(true);
    expect(page.outcomesOf('dismissed')).toHaveLength(1);
  });

  it('shows nothing while the background reports a snooze', async () => {
    const page = harness({ snoozedUntil: T0 + DAY_MS });
    page.openReceipt();

    await page.signal('hover_backtrack', T0 + 4000);

    expect(page.shown).toEqual([]);
  });

  it('shows nothing and records nothing when IT turned hints off', async () => {
    const page = harness({ enabled: false });
    page.openReceipt();

    await page.signal('hover_backtrack', T0 + 4000);
    await page.signal('rage_click', T0 + 9000);

    expect(page.shown).toEqual([]);
    expect(page.outcomes).toEqual([]);
  });

  it('records a hint followed when its step is done within a minute, and takes it away', async () => {
    const page = harness();
    page.openReceipt();
    await page.signal('hover_backtrack', T0 + 4000);

    page.push(field(T0 + 4000 + FOLLOW_WINDOW_MS - 5000, 'edit', 'quantity'));

    expect(page.outcomesOf('followed')).toHaveLength(1);
    expect(page.outcomesOf('followed')[0]!.hint.hint.next).toBe('quantities');
    expect(page.shown[0]!.closed).toBe(true);
  });

  it('does not count the step done after more than a minute as following the hint', async () => {
    const page = harness();
    page.openReceipt();
    await page.signal('hover_backtrack', T0 + 4000);

    page.push(field(T0 + 4000 + FOLLOW_WINDOW_MS + 1000, 'edit', 'quantity'));

    expect(page.outcomesOf('followed')).toEqual([]);
  });

  it('after an error, waits for its dialog to close, then points at the fix colleagues made', async () => {
    const lotError = { kind: 'user_error', button: 'button_validate' };
    const pack = buildHintPack(
      [1, 2, 3].map((n) =>
        attemptRow({ user: pseudonym(n) }, [
          'receipt-form',
          { step: 'validate', errors: [{ ...lotError, fix: 'lot_name', count: 1 }] },
          'done',
        ]),
      ),
      { minUsers: 3, now: T0 },
    );
    const page = harness({ pack });
    page.openReceipt();

    page.push(click(T0 + 5000));
    page.push(errorDialog(T0 + 5600));
    await page.engine.settled();
    expect(page.shown).toEqual([]);

    page.push({
      type: 'dialog_close',
      t: T0 + 8000,
      screen: RECEIPT,
      dialog: { kind: 'user_error', model: null },
      closedBy: null,
    });
    await page.engine.settled();

    expect(page.shown).toHaveLength(1);
    expect(page.shown[0]!.hint).toMatchObject({
      kind: 'fix',
      step: 'validate',
      source: 'pack',
      target: { fields: ['lot_name'], tab: 'operations' },
    });
    expect(page.outcomes[0]!.hint.trigger).toBe('error');
  });

  it('takes a hint away without an outcome when the user moves to another step', async () => {
    const page = harness();
    page.openReceipt();
    await page.signal('hover_backtrack', T0 + 4000);

    page.push(navigate(T0 + 9000, 'breadcrumb', LIST));

    expect(page.shown[0]!.closed).toBe(true);
    expect(page.outcomes.map((entry) => entry.outcome)).toEqual(['shown']);
  });

  it('knows the attempt after a reload, from the events stored before the page loaded', async () => {
    const stored = [
      click(T0, RECEIPTS_MENU, { screen: LIST }),
      navigate(T0 + 500, 'menu', LIST),
      navigate(T0 + 2000, 'open_record', RECEIPT),
    ];
    const page = harness();
    page.push({
      type: 'navigate',
      t: T0 + 60_000,
      screen: RECEIPT,
      cause: 'load',
      kind: 'load',
      levels: null,
    });

    await page.signal('hover_backtrack', T0 + 65_000);
    expect(page.shown).toEqual([]);

    page.engine.restore(stored);
    await page.signal('hover_backtrack', T0 + 70_000);
    expect(page.shown.map((entry) => entry.hint.step)).toEqual(['receipt-form']);
  });
});
