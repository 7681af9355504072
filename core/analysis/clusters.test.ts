import { describe, expect, it } from 'vitest';

import { analysisInput } from '../testing/analysis-input.ts';
import { attemptRow, userPseudonym } from '../testing/attempt-rows.ts';
import type { AttemptRow, Cohort } from '../sync/schema.ts';
import { buildClusters } from './clusters.ts';

const NEW: Cohort = { role: 'warehouse', team: 'north-site', tenure: 'new' };
const LONE: Cohort = { role: 'sales', team: 'office', tenure: 'new' };

function receipt(n: number, cohort: Cohort, day: string, hesitant: boolean): AttemptRow {
  return attemptRow({ user: userPseudonym(n), cohort, day }, [
    hesitant
      ? { step: 'receipt-form', hesitantVisits: 1, signals: { pause: 2, hover_backtrack: 1 } }
      : 'receipt-form',
    'validate',
    'done',
  ]);
}

describe('buildClusters', () => {
  const attempts = [
    ...[1, 2, 3, 1, 2, 3].map((n, i) => receipt(n, NEW, '2026-12-01', i < 4)),
    ...[1, 2, 3, 1, 2, 3].map((n, i) => receipt(n, NEW, '2026-11-24', i < 1)),
    receipt(9, LONE, '2026-12-01', true),
  ];
  const clusters = buildClusters(analysisInput(attempts), '2026-W49');

  it('measures a step for a cohort in the week, against the weeks before', () => {
    const form = clusters.find(
      (c) => c.step === 'receipt-form' && c.cohort === 'warehouse/north-site/new',
    )!;

    expect(form).toMatchObject({
      path: 'inventory.receipt',
      pathName: 'Receive goods',
      module: 'stock',
      stepName: 'Open the receipt',
      cohortLabel: 'warehouse · north-site · new',
      signal: 'pause',
      severity: 0.667,
      score: 2,
      pseudonyms: ['u-00000001', 'u-00000002', 'u-00000003'],
    });
    expect(form.figures).toMatchObject({ attempts: 6, users: 3, hesitationScore: 67 });
    expect(form.baseline).toEqual({
      weeks: 1,
      hesitationScore: 17,
      completionPct: 100,
      errorRatePct: 0,
      workaroundPct: 0,
    });
  });

  it('gives one cluster per step and cohort, and shows a one-user cohort as other', () => {
    expect(clusters.map((c) => `${c.step} ${c.cohort}`).sort()).toEqual([
      'done other',
      'done warehouse/north-site/new',
      'receipt-form other',
      'receipt-form warehouse/north-site/new',
      'validate other',
      'validate warehouse/north-site/new',
    ]);
  });
});
