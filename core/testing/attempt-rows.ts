import type { AttemptRow, AttemptStepRow } from '../sync/schema.ts';

/**
 * Attempt rows for tests: `attemptRow({ user: 'a'.repeat(16) }, ['receipt-form', 'quantities',
 * 'validate', 'done'])` is a completed receipt whose steps followed each other in that order.
 */
export function attemptRow(
  fields: Partial<AttemptRow> = {},
  steps: (string | Partial<AttemptStepRow>)[] = ['receipt-form', 'validate', 'done'],
): AttemptRow {
  const rows = steps.map((step) => stepRow(typeof step === 'string' ? { step } : step));
  rows.forEach((row, index) => {
    if (row.next === undefined || row.next === null) row.next = rows[index + 1]?.step ?? null;
  });
  return {
    attempt: crypto.randomUUID(),
    day: '2026-12-01',
    session: crypto.randomUUID(),
    user: null,
    cohort: { role: 'warehouse', team: null, tenure: 'experienced' },
    path: 'inventory.receipt',
    version: 2,
    status: 'completed',
    endReason: 'completed',
    durationMs: 60_000,
    workaround: false,
    deviations: { skipped: 0, backtrack: 0, detour: 0, loop: 0 },
    ...fields,
    steps: rows,
  };
}

/** A pseudonym for test user number `n`. */
export function pseudonym(n: number): string {
  return n.toString(16).padStart(16, '0');
}

function stepRow(fields: Partial<AttemptStepRow>): AttemptStepRow {
  return {
    step: 'validate',
    visits: 1,
    hesitantVisits: 0,
    durationMs: 10_000,
    signals: {},
    next: null,
    errors: [],
    hints: {},
    ...fields,
  };
}

/**
 * A pseudonym for test user `n` whose displayed form (`u-` and the first 8 hex characters) is
 * its own: `u-00000003` for 3.
 */
export function userPseudonym(n: number): string {
  return `${n.toString(16).padStart(8, '0')}${'ab'.repeat(12)}`;
}
