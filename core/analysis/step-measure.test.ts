import { describe, expect, it } from 'vitest';

import { analysisInput } from '../testing/analysis-input.ts';
import { attemptRow, userPseudonym as user } from '../testing/attempt-rows.ts';
import { sessionRow } from '../testing/session-rows.ts';
import { datasetOf } from './dataset.ts';
import { measureAttempts, usersWithFriction, workaroundStep } from './step-measure.ts';

const validateWithError = {
  step: 'validate',
  visits: 2,
  hesitantVisits: 1,
  signals: { retry: 1, error: 1 },
  errors: [{ kind: 'user_error', button: 'button_validate', fix: 'lot_name', count: 1 }],
};

describe('measureAttempts', () => {
  const attempts = [
    attemptRow({ user: user(1), durationMs: 60_000 }, ['receipt-form', validateWithError, 'done']),
    attemptRow({ user: user(2), status: 'abandoned', endReason: 'session_ended' }, [
      'receipt-form',
      'validate',
    ]),
    attemptRow({ user: user(2), durationMs: 20_000 }, ['receipt-form', 'validate', 'done']),
  ];
  const input = analysisInput(attempts, {
    sessions: [...analysisInput(attempts).sessions, sessionRow(), sessionRow(), sessionRow()],
  });
  const prepared = datasetOf(input).attempts;

  it('measures a step: visits, hesitation, completion, errors, abandons, coverage', () => {
    const figures = measureAttempts(prepared, { step: 'validate', scopeSessions: 6 });

    expect(figures).toMatchObject({
      attempts: 3,
      completed: 2,
      sessions: 3,
      users: 2,
      visits: 4,
      hesitantVisits: 1,
      hesitationScore: 25,
      completionPct: 66.7,
      errorRatePct: 33.3,
      abandoned: 1,
      frictionAttempts: 2,
      coveragePct: 50,
      signals: { retry: 1, error: 1 },
      errors: [{ kind: 'user_error', button: 'button_validate', count: 1, attempts: 1, users: 1 }],
      timeToComplete: { n: 2, p50Ms: 40_000 },
    });
  });

  it('measures a whole path when no step is named', () => {
    const figures = measureAttempts(prepared, { scopeSessions: 6 });

    expect(figures.visits).toBe(9);
    expect(figures.abandoned).toBe(1);
    expect(figures.frictionAttempts).toBe(2);
  });

  it('names the users who met friction at the step, as displayed pseudonyms', () => {
    expect(usersWithFriction(prepared, 'validate')).toEqual(['u-00000001', 'u-00000002']);
    expect(usersWithFriction(prepared, 'done')).toEqual([]);
  });
});

describe('workaroundStep', () => {
  it('puts a workaround where its signal was raised, else at the furthest step', () => {
    const raised = attemptRow({ path: 'accounting.vendor-bill', workaround: true }, [
      { step: 'bill-draft', signals: { workaround: 1 } },
      'post',
    ]);
    const after = attemptRow({ path: 'accounting.vendor-bill', workaround: true }, [
      'bill-draft',
      'post',
    ]);

    expect(workaroundStep(raised)).toBe('bill-draft');
    expect(workaroundStep(after)).toBe('post');
  });
});
