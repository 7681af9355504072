import { sessionRowSchema, type SessionRow } from '../../../core/sync/index.ts';
import type { Queryable } from '../store/index.ts';
import { parseStoredRow } from './parse-stored-row.ts';
import type { DayRange } from './types.ts';

interface StoredSession {
  day: string;
  session_id: string;
  user_pseudonym: string | null;
  role: string | null;
  team: string | null;
  tenure: string | null;
}

/** An organisation's session rows for the days in `range`, by day then session id. */
export async function loadSessions(
  db: Queryable,
  orgId: string,
  range: DayRange,
): Promise<SessionRow[]> {
  const rows = await db.query<StoredSession>(
    `SELECT to_char(day, 'YYYY-MM-DD') AS day, session_id, user_pseudonym, role, team, tenure
       FROM sessions
      WHERE org_id = $1 AND day BETWEEN $2::date AND $3::date
      ORDER BY day, session_id`,
    [orgId, range.from, range.to],
  );

  return rows.map((row) =>
    parseStoredRow(sessionRowSchema, 'sessions', `${row.session_id} on ${row.day}`, {
      day: row.day,
      session: row.session_id,
      user: row.user_pseudonym,
      cohort: { role: row.role, team: row.team, tenure: row.tenure },
    }),
  );
}
