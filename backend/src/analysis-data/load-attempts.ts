import { attemptRowSchema, type AttemptRow } from '../../../core/sync/index.ts';
import type { Queryable } from '../store/index.ts';
import { parseStoredRow } from './parse-stored-row.ts';
import type { DayRange } from './types.ts';

interface StoredAttempt {
  attempt_id: string;
  day: string;
  session_id: string;
  user_pseudonym: string | null;
  role: string | null;
  team: string | null;
  tenure: string | null;
  path: string;
  version: number;
  status: string;
  end_reason: string;
  duration_ms: number;
  workaround: boolean;
  deviations: unknown;
  steps: unknown;
}

export interface LoadAttemptsOptions {
  /** Only attempts at these golden paths. Default: every path. */
  paths?: readonly string[];
}

/**
 * An organisation's attempts that started on a day in `range`, as the extension sent them, by
 * day then attempt id. Attempt ids come back in lower case, the form the extension sends.
 */
export async function loadAttempts(
  db: Queryable,
  orgId: string,
  range: DayRange,
  options: LoadAttemptsOptions = {},
): Promise<AttemptRow[]> {
  // to_char: pg would turn a date into a JS Date at local midnight, PGlite into a UTC one.
  const rows = await db.query<StoredAttempt>(
    `SELECT attempt_id::text AS attempt_id, to_char(day, 'YYYY-MM-DD') AS day, session_id,
            user_pseudonym, role, team, tenure, path, version, status, end_reason, duration_ms,
            workaround, deviations, steps
       FROM attempts
      WHERE org_id = $1 AND day BETWEEN $2::date AND $3::date
        AND ($4::text[] IS NULL OR path = ANY ($4::text[]))
      ORDER BY day, attempt_id`,
    [orgId, range.from, range.to, options.paths ? [...options.paths] : null],
  );

  return rows.map((row) =>
    parseStoredRow(attemptRowSchema, 'attempts', row.attempt_id, {
      attempt: row.attempt_id,
      day: row.day,
      session: row.session_id,
      user: row.user_pseudonym,
      cohort: { role: row.role, team: row.team, tenure: row.tenure },
      path: row.path,
      version: row.version,
      status: row.status,
      endReason: row.end_reason,
      durationMs: row.duration_ms,
      workaround: row.workaround,
      deviations: row.deviations,
      steps: row.steps,
    }),
  );
}
