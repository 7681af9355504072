import { describe, expect, it } from 'vitest';

import { BUILT_IN_PATHS } from '../flows/library.ts';
import { attemptRow, pseudonym } from '../testing/attempt-rows.ts';
import { buildHintPack } from './build-pack.ts';
import { chooseHint, type HintRequest } from './choose-hint.ts';
import type { HintPack } from './pack.ts';

const RECEIPT = BUILT_IN_PATHS.find((path) => path.id === 'inventory.receipt')!;
const NOW = Date.UTC(2026, 11, 4);
const LOT_ERROR = { kind: 'user_error', button: 'button_validate' };

/** 41 of 45 colleagues set quantities before validating; 4 validated straight away. */
function colleagues(): HintPack {
  const attempts = Array.from({ length: 45 }, (_, n) =>
    attemptRow(
      { user: pseudonym(n % 15) },
      n < 41
        ? ['receipt-form', 'quantities', 'validate', 'done']
        : ['receipt-form', 'validate', 'done'],
    ),
  );
  return buildHintPack(attempts, { minUsers: 3, now: NOW });
}

function request(fields: Partial<HintRequest>): HintRequest {
  return {
    path: RECEIPT,
    step: 'receipt-form',
    trigger: 'hover_backtrack',
    local: null,
    pack: null,
    ...fields,
  };
}

describe('chooseHint', () => {
  it('points a hesitating user at the step most colleagues took next, with how often it worked', () => {
    const hint = chooseHint(request({ pack: colleagues() }));

    expect(hint).toMatchObject({
      path: 'inventory.receipt',
      version: 2,
      step: 'receipt-form',
      next: 'quantities',
      source: 'pack',
      kind: 'next_step',
      title: 'Next: Set quantities and lots',
      target: { buttons: [], tab: 'operations', menus: [] },
    });
    expect(hint!.target!.fields).toContain('quantity');
    expect(hint!.body).toBe(
      'Most colleagues went on to “Set quantities and lots”, then “Validate the receipt” from ' +
        'here: 41 of 45 completed “Receive goods”.',
    );
  });

  it("prefers the user's own earlier success over the organisation's pack", () => {
    const own = buildHintPack(
      [attemptRow({ user: pseudonym(1) }, ['receipt-form', 'validate', 'done'])],
      { minUsers: 1, now: NOW },
    );

    const hint = chooseHint(request({ local: own, pack: colleagues() }));

    expect(hint).toMatchObject({ source: 'local', next: 'validate' });
    expect(hint!.body).toBe(
      'Last time you went on to “Validate the receipt”, then “Receipt done” from here.',
    );
    expect(hint!.target).toEqual({
      buttons: ['button_validate'],
      fields: [],
      tab: null,
      menus: [],
    });
  });

  it("falls back to the path's help for the next step when no pack knows the step", () => {
    const hint = chooseHint(request({ step: 'validate' }));

    expect(hint).toMatchObject({ source: 'help', next: 'backorder-decision' });
    expect(hint!.body).toBe(RECEIPT.steps.find((step) => step.id === 'backorder-decision')!.help);
  });

  it('after a lot error, points at the field colleagues filled in before validating again', () => {
    const attempts = [1, 2, 3, 4, 5].map((n) =>
      attemptRow({ user: pseudonym(n) }, [
        'receipt-form',
        { step: 'validate', errors: [{ ...LOT_ERROR, fix: 'lot_name', count: 1 }] },
        'done',
      ]),
    );
    const pack = buildHintPack(attempts, { minUsers: 3, now: NOW });
    const labels: Record<string, string> = {
      lot_name: 'Lot/Serial Numbers',
      button_validate: 'Validate',
    };

    const hint = chooseHint(
      request({
        step: 'validate',
        trigger: 'error',
        error: LOT_ERROR,
        pack,
        labelOf: (_, name) => labels[name] ?? null,
      }),
    );

    expect(hint).toMatchObject({
      kind: 'fix',
      source: 'pack',
      next: 'quantities',
      title: 'Fill in “Lot/Serial Numbers”',
      target: { fields: ['lot_name'], tab: 'operations', buttons: [], menus: [] },
    });
    expect(hint!.body).toBe(
      'Colleagues who got this error filled in “Lot/Serial Numbers”, then clicked “Validate” again: 5 of 5 times.',
    );
  });

  it('says a known incident is not the user’s doing instead of pointing anywhere', () => {
    const access = { kind: 'access_error', button: 'button_validate' };
    const attempts = [1, 2, 3].map((n) =>
      attemptRow({ user: pseudonym(n), day: `2026-11-1${n}`, status: 'abandoned' }, [
        'receipt-form',
        { step: 'validate', errors: [{ ...access, fix: null, count: 1 }] },
      ]),
    );
    const pack = buildHintPack(attempts, { minUsers: 3, now: NOW });

    const hint = chooseHint(request({ step: 'validate', trigger: 'error', error: access, pack }));

    expect(hint).toMatchObject({ kind: 'incident', next: null, target: null, source: 'pack' });
    expect(hint!.body).toBe(
      '3 colleagues met this error on “button_validate” since 11 Nov. It is not something you did ' +
        'wrong: let your Odoo contact know it happened again.',
    );
  });

  it('says nothing after an error that no colleague has met, rather than point past it', () => {
    const hint = chooseHint(
      request({ step: 'validate', trigger: 'error', error: LOT_ERROR, pack: colleagues() }),
    );

    expect(hint).toBeNull();
  });

  it('has nothing to say about a step the path does not have', () => {
    expect(chooseHint(request({ step: 'no-such-step', pack: colleagues() }))).toBeNull();
  });
});
