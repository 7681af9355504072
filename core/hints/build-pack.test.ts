import { describe, expect, it } from 'vitest';

import { attemptRow, pseudonym } from '../testing/attempt-rows.ts';
import { buildHintPack } from './build-pack.ts';
import { hintPackSchema } from './pack.ts';

const NOW = Date.UTC(2026, 11, 4);
const WITH_QUANTITIES = ['receipt-form', 'quantities', 'validate', 'done'];
const STRAIGHT = ['receipt-form', 'validate', 'done'];

describe('buildHintPack', () => {
  it('counts where colleagues went from each step, most frequent first, with the step after', () => {
    const attempts = [
      ...[1, 2, 3, 4].map((n) => attemptRow({ user: pseudonym(n) }, WITH_QUANTITIES)),
      attemptRow({ user: pseudonym(5) }, STRAIGHT),
      attemptRow({ user: pseudonym(6), status: 'abandoned' }, ['receipt-form']),
    ];

    const pack = buildHintPack(attempts, { minUsers: 1, now: NOW });

    expect(hintPackSchema.safeParse(pack).success).toBe(true);
    const form = pack.paths[0]!.steps.find((step) => step.step === 'receipt-form')!;
    expect(form.completed).toBe(5);
    expect(form.users).toBe(5);
    expect(form.next).toEqual([
      { step: 'quantities', then: 'validate', attempts: 4, users: 4 },
      { step: 'validate', then: 'done', attempts: 1, users: 1 },
    ]);
  });

  it('leaves out every figure that fewer than the minimum of users stand behind', () => {
    const attempts = [
      ...[1, 2, 3].map((n) => attemptRow({ user: pseudonym(n) }, WITH_QUANTITIES)),
      // One user, many times: still one user.
      ...[1, 2, 3, 4, 5].map(() => attemptRow({ user: pseudonym(9) }, STRAIGHT)),
      attemptRow({ user: pseudonym(10), path: 'inventory.delivery', version: 1 }, [
        'delivery-form',
        'validate',
        'done',
      ]),
    ];

    const pack = buildHintPack(attempts, { minUsers: 3, now: NOW });

    expect(pack.paths.map((path) => path.path)).toEqual(['inventory.receipt']);
    const form = pack.paths[0]!.steps.find((step) => step.step === 'receipt-form')!;
    expect(form.next.map((next) => [next.step, next.users])).toEqual([['quantities', 3]]);
    expect(pack.minUsers).toBe(3);
  });

  it('keeps how colleagues fixed an error, out of how many met it', () => {
    const lotError = { kind: 'user_error', button: 'button_validate', count: 1 };
    const attempts = [1, 2, 3, 4].map((n) =>
      attemptRow({ user: pseudonym(n) }, [
        'receipt-form',
        { step: 'validate', errors: [{ ...lotError, fix: n < 4 ? 'lot_name' : null }] },
        'done',
      ]),
    );

    const pack = buildHintPack(attempts, { minUsers: 3, now: NOW });

    const validate = pack.paths[0]!.steps.find((step) => step.step === 'validate')!;
    expect(validate.fixes).toEqual([
      {
        kind: 'user_error',
        button: 'button_validate',
        fix: 'lot_name',
        attempts: 3,
        of: 4,
        users: 3,
      },
    ]);
  });

  it('calls an error met by enough users on two days or more an incident, and not before', () => {
    const access = { kind: 'access_error', button: 'button_validate', fix: null, count: 1 };
    const met = (n: number, day: string) =>
      attemptRow({ user: pseudonym(n), day, status: 'abandoned' }, [
        'receipt-form',
        { step: 'validate', errors: [access] },
      ]);

    const oneDay = buildHintPack(
      [met(1, '2026-12-01'), met(2, '2026-12-01'), met(3, '2026-12-01')],
      {
        minUsers: 3,
        now: NOW,
      },
    );
    const threeDays = buildHintPack(
      [met(1, '2026-12-02'), met(2, '2026-12-01'), met(3, '2026-12-03')],
      { minUsers: 3, now: NOW },
    );

    expect(oneDay.incidents).toEqual([]);
    expect(threeDays.incidents).toEqual([
      {
        path: 'inventory.receipt',
        step: 'validate',
        kind: 'access_error',
        button: 'button_validate',
        users: 3,
        attempts: 3,
        days: 3,
        since: '2026-12-01',
      },
    ]);
  });
});
