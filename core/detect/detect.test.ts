import { describe, expect, it } from 'vitest';

import { detectAll } from './detect-all.ts';
import { PAUSE_FLOOR_MS } from './thresholds.ts';
import {
  click,
  errorDialog,
  exported,
  field,
  hover,
  imported,
  LIST,
  navigate,
  noEffect,
  page,
  RECEIPT,
  target,
  VALIDATE,
} from './test-events.ts';
import type { DetectEvent, SignalKind } from './types.ts';

const kinds = (events: DetectEvent[], options = {}): SignalKind[] =>
  detectAll(events, options).map((signal) => signal.kind);

const SWITCHER = target('view_switcher', { name: 'kanban' });
const DISABLED_VALIDATE = { ...VALIDATE, disabled: true };
const SAVE = target('save');

describe('rage clicks', () => {
  it('flags three clicks on one button within a second of each other, at the third', () => {
    const signals = detectAll([click(0, SWITCHER), click(400, SWITCHER), click(800, SWITCHER)]);

    expect(signals).toMatchObject([{ kind: 'rage_click', t: 800, evidence: { clicks: 3 } }]);
  });

  it('does not flag clicks spaced more than a second apart', () => {
    expect(kinds([click(0, SWITCHER), click(1200, SWITCHER), click(2400, SWITCHER)])).toEqual([]);
  });

  it.each(['stepper', 'pager', 'toggle', 'priority', 'field'] as const)(
    'never flags a %s clicked quickly',
    (role) => {
      const on = target(role, { name: 'x' });
      expect(kinds([click(0, on), click(200, on), click(400, on)])).toEqual([]);
    },
  );

  it('never flags next/previous arrows outside pagers, such as a date picker’s', () => {
    const arrow = target('secondary_action', { name: 'o_next' });
    expect(kinds([click(0, arrow), click(200, arrow), click(400, arrow)])).toEqual([]);
  });

  it('takes the click count from the thresholds', () => {
    const events = [click(0, SWITCHER), click(400, SWITCHER), click(800, SWITCHER)];
    expect(kinds(events, { thresholds: { rageClicks: 4 } })).toEqual([]);
  });
});

describe('blocked attempts', () => {
  it('flags three clicks on a disabled Validate as one blocked attempt, not a rage click', () => {
    const events = [0, 500, 1000].map((t) => click(t, DISABLED_VALIDATE));

    expect(detectAll(events)).toMatchObject([
      { kind: 'blocked_attempt', t: 500, evidence: { clicks: 3, disabled: true } },
    ]);
  });

  it('does not flag a single click on a disabled button', () => {
    expect(kinds([click(0, DISABLED_VALIDATE)])).toEqual([]);
  });
});

describe('dead clicks', () => {
  it('flags an enabled click that nothing answered', () => {
    expect(detectAll([click(0, SWITCHER), noEffect(0)])).toMatchObject([
      { kind: 'dead_click', t: 1500, target: { role: 'view_switcher' } },
    ]);
  });

  it('does not flag print, report or export buttons', () => {
    const print = target('secondary_action', { name: 'do_print_picking', label: 'Print' });
    expect(kinds([click(0, print), noEffect(0)])).toEqual([]);
  });

  it('does not flag a click followed by a copy, a download or a chosen file', () => {
    const copy: DetectEvent = { type: 'copy', t: 300, screen: RECEIPT };
    expect(kinds([click(0, SWITCHER), copy, noEffect(0)])).toEqual([]);
    const download: DetectEvent = { type: 'download', t: 5000, screen: RECEIPT, kind: 'report' };
    expect(kinds([click(0, SWITCHER), noEffect(0), download])).toEqual([]);
    expect(kinds([click(0, SWITCHER), noEffect(0), imported(4000, 'sale.order')])).toEqual([]);
  });

  it('does not flag a click whose answer came after the loading indicator', () => {
    expect(kinds([click(0, SWITCHER), page(300, 'loading'), noEffect(0)])).toEqual([]);
  });

  it('does not flag a backdrop click that closed the dialog', () => {
    const backdrop = target('dialog_backdrop');
    const close: DetectEvent = {
      type: 'dialog_close',
      t: 100,
      screen: RECEIPT,
      dialog: { kind: 'wizard', model: null },
      closedBy: backdrop,
    };
    expect(kinds([click(0, backdrop), close, noEffect(0)])).toEqual([]);
  });
});

describe('hover-backtracks', () => {
  it('flags a long look at Validate, leaving, and coming back to it, once', () => {
    const events = [hover(1000, 900), hover(3000, 900), navigate(4000, 'breadcrumb')];

    expect(detectAll(events)).toMatchObject([
      { kind: 'hover_backtrack', t: 3000, evidence: { then: 'returned' } },
    ]);
  });

  it('flags a long look at Validate followed by the breadcrumb back', () => {
    expect(kinds([hover(1000, 900), navigate(2500, 'breadcrumb')])).toEqual(['hover_backtrack']);
  });

  it('does not flag a look that ends in a click, or a brief pass', () => {
    expect(kinds([hover(1000, 900, true), click(1000)])).toEqual([]);
    expect(kinds([hover(1000, 150), hover(2000, 150)])).toEqual([]);
  });

  it('does not flag leaving by a breadcrumb that autosaved the changes', () => {
    const autosave: DetectEvent = { type: 'record', t: 2400, screen: RECEIPT, action: 'autosave' };
    expect(kinds([hover(1000, 900), autosave, navigate(2500, 'breadcrumb')])).toEqual([]);
  });

  it('does not flag a return after the user went on typing', () => {
    expect(kinds([hover(1000, 900), field(2000, 'edit'), hover(3000, 900)])).toEqual([]);
  });
});

describe('pauses', () => {
  it('flags an idle gap longer than the floor at a step', () => {
    const signals = detectAll([click(0, SWITCHER, { screen: LIST }), click(12_000)]);

    expect(signals).toMatchObject([{ kind: 'pause', t: 12_000, evidence: { idleMs: 12_000 } }]);
  });

  it('takes loading, blocked and hidden time out of the gap', () => {
    const events = [
      click(0),
      page(300, 'loading'),
      page(6_000, 'loaded'),
      page(6_500, 'hidden'),
      page(11_000, 'visible'),
      click(12_000, SWITCHER),
    ];
    expect(kinds(events)).toEqual([]);
  });

  it('uses the step’s baseline when it is above the floor, the floor otherwise', () => {
    const events = [click(0, SWITCHER, { screen: LIST }), click(PAUSE_FLOOR_MS + 5000)];
    expect(kinds(events, { baseline: () => 20_000 })).toEqual([]);
    expect(kinds(events, { baseline: () => 2_000 })).toEqual(['pause']);
  });
});

describe('loops', () => {
  it('flags A→B→A→B between two screens with nothing done', () => {
    const events = [LIST, RECEIPT, LIST, RECEIPT].map((screen, i) =>
      navigate(i * 2000, i % 2 ? 'open_record' : 'breadcrumb', screen),
    );
    expect(kinds(events)).toEqual(['loop']);
  });

  it('does not flag the same list revisited between receipts that were validated', () => {
    const done = { ...RECEIPT, state: 'done' };
    const events: DetectEvent[] = [];
    for (let i = 0; i < 3; i += 1) {
      const t = i * 10_000;
      events.push(navigate(t, 'open_record', RECEIPT), click(t + 1000), {
        type: 'page',
        t: t + 2000,
        screen: done,
        state: 'loaded',
      });
      events.push(navigate(t + 3000, 'breadcrumb', LIST));
    }
    expect(kinds(events)).toEqual([]);
  });
});

describe('errors and retries', () => {
  it('flags a retry of Validate after its lot error, with the fields edited between', () => {
    const events = [click(0), errorDialog(800), field(3000, 'edit', 'lot_ids'), click(5000)];
    const signals = detectAll(events);

    expect(signals.map((s) => s.kind)).toEqual(['error', 'retry']);
    expect(signals[1]).toMatchObject({ t: 5000, evidence: { fieldsEdited: 1 } });
    expect(signals[0]).toMatchObject({
      evidence: { errorKind: 'user_error', model: 'stock.picking', button: 'button_validate' },
    });
  });

  it('counts the same access error on one button on three days as one incident', () => {
    const day = 86_400_000;
    const events = ['a', 'b', 'c'].flatMap((session, i) => [
      click(i * day, VALIDATE, { session }),
      errorDialog(i * day + 500, 'access_error', { session }),
    ]);
    const signals = detectAll(events);

    expect(signals).toMatchObject([
      { kind: 'error', evidence: { occurrences: 3, sessions: 3, days: 3 } },
    ]);
  });
});

describe('form friction', () => {
  it('flags the same required field refused twice on a save', () => {
    const events = [
      click(0, SAVE),
      field(200, 'invalid'),
      field(3000, 'edit'),
      click(5000, SAVE),
      field(5200, 'invalid'),
    ];
    expect(kinds(events)).toContain('form_friction');
  });

  it('does not flag one refusal the user then fixes', () => {
    expect(kinds([click(0, SAVE), field(200, 'invalid'), field(3000, 'edit')])).toEqual([]);
  });
});

describe('workarounds', () => {
  it('flags an export of a model followed by an import into it', () => {
    expect(kinds([exported(0), imported(6_000, 'stock.picking')])).toEqual(['workaround']);
  });

  it('does not flag an import into another model', () => {
    expect(kinds([exported(0), imported(6_000, 'sale.order')])).toEqual([]);
  });

  it('flags an export right after a failed attempt that is not taken up again', () => {
    const events = [click(0), errorDialog(500), exported(5_000), navigate(8_000, 'app_switch')];
    expect(kinds(events)).toEqual(['error', 'workaround']);
  });
});
