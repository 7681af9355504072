import type { AttemptRow, SessionRow } from '../sync/schema.ts';

/**
 * Session rows for tests: `sessionRow({ day: '2026-12-02' })` is one warehouse session; and
 * `sessionRowsOf(attempts)` gives the session row of every session the attempts name, as an
 * extension would have sent them alongside.
 */
export function sessionRow(fields: Partial<SessionRow> = {}): SessionRow {
  return {
    day: '2026-12-01',
    session: crypto.randomUUID(),
    user: null,
    cohort: { role: 'warehouse', team: null, tenure: 'experienced' },
    ...fields,
  };
}

/** One session row per session of `attempts`, with the first attempt's day, user and cohort. */
export function sessionRowsOf(attempts: readonly AttemptRow[]): SessionRow[] {
  const rows = new Map<string, SessionRow>();
  for (const { session, day, user, cohort } of attempts) {
    if (!rows.has(session)) rows.set(session, { day, session, user, cohort });
  }
  return [...rows.values()];
}
