import { describe, expect, it } from 'vitest';

import { analysisInput } from '../testing/analysis-input.ts';
import { attemptRow, userPseudonym } from '../testing/attempt-rows.ts';
import type { AttemptRow, Cohort } from '../sync/schema.ts';
import { compareWindows } from './compare.ts';
import { interventionOutcome } from './intervention-outcome.ts';

const NEW: Cohort = { role: 'warehouse', team: 'north-site', tenure: 'new' };

function putaway(n: number, day: string, hesitant: boolean, durationMs: number): AttemptRow {
  return attemptRow(
    { user: userPseudonym(n), cohort: NEW, day, path: 'inventory.putaway', version: 1, durationMs },
    [
      'detailed-operations',
      {
        step: 'destination',
        hesitantVisits: hesitant ? 1 : 0,
        signals: hesitant ? { pause: 1 } : {},
      },
      'validate',
      'done',
    ],
  );
}

/** 20 putaways a side: 16 hesitant and slow before, 2 hesitant and quick after. */
const attempts = [
  ...Array.from({ length: 20 }, (_, i) =>
    putaway(1 + (i % 4), '2026-11-24', i < 16, 60_000 + i * 1000),
  ),
  ...Array.from({ length: 20 }, (_, i) =>
    putaway(1 + (i % 4), '2026-12-01', i < 2, 20_000 + i * 1000),
  ),
];
const input = analysisInput(attempts);
const target = {
  path: 'inventory.putaway',
  step: 'destination',
  cohort: 'warehouse/north-site/new',
};

describe('compareWindows', () => {
  const comparison = compareWindows(
    input,
    target,
    { from: '2026-11-23', to: '2026-11-29' },
    { from: '2026-11-30', to: '2026-12-06' },
  );

  it('finds hesitation fell from 80 to 10, beyond chance', () => {
    const hesitation = comparison.metrics.find((m) => m.metric === 'hesitation')!;

    expect(hesitation).toMatchObject({ before: 80, after: 10, beforeN: 20, afterN: 20 });
    expect(hesitation.pValue!).toBeLessThan(0.001);
    expect(hesitation.verdict).toBe('improved');
    expect(comparison.verdict).toBe('improved');
    expect(comparison.summary).toBe(
      'Hesitation at "Set the storage location" (Put away received goods), warehouse · ' +
        'north-site · new: score 80 before, score 10 after (p < 0.001): improved.',
    );
  });

  it('compares times to complete by rank, and an unchanged completion as no change', () => {
    const time = comparison.metrics.find((m) => m.metric === 'time_to_complete')!;
    const completion = comparison.metrics.find((m) => m.metric === 'completion')!;

    expect(time).toMatchObject({ before: 69_500, after: 29_500, verdict: 'improved' });
    expect(completion).toMatchObject({ before: 100, after: 100, pValue: 1, verdict: 'no_change' });
  });

  it('says when a side has too few attempts to tell', () => {
    const thin = compareWindows(
      input,
      { path: 'inventory.putaway' },
      { from: '2026-11-24', to: '2026-11-24' },
      { from: '2026-12-07', to: '2026-12-13' },
    );

    expect(thin.verdict).toBe('insufficient_data');
    expect(thin.primary).toBe('completion');
  });
});

describe('interventionOutcome', () => {
  it('takes the 28 days before the day, cut to the data, against the time since', () => {
    const outcome = interventionOutcome(input, {
      id: 'training',
      day: '2026-11-30',
      kind: 'training',
      ...target,
      note: '',
    });

    expect(outcome.comparison.before).toEqual({ from: '2026-11-24', to: '2026-11-29' });
    expect(outcome.comparison.after).toEqual({ from: '2026-11-30', to: '2026-12-01' });
    expect(outcome.comparison.verdict).toBe('improved');
  });

  it('never runs a window backwards for a day before the data or after it', () => {
    const intervention = { id: 'x', kind: 'training' as const, ...target, note: '' };

    const early = interventionOutcome(input, { ...intervention, day: '2026-01-05' });
    const late = interventionOutcome(input, { ...intervention, day: '2026-12-20' });

    expect(early.comparison.before).toEqual({ from: '2025-12-08', to: '2026-01-04' });
    expect(early.comparison.verdict).toBe('insufficient_data');
    expect(late.comparison.after).toEqual({ from: '2026-12-20', to: '2026-12-20' });
    expect(late.comparison.verdict).toBe('insufficient_data');
  });
});
