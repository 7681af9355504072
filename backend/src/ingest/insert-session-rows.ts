import type { SessionRow } from '../../../core/sync/index.ts';
import type { Queryable } from '../store/index.ts';

/**
 * Inserts a batch's session rows in one statement and returns how many were new. A session has
 * one row per day it was active, and the extension may send a day again in a later batch: a
 * session day already stored, by this batch or an earlier one, is skipped.
 */
export async function insertSessionRows(
  tx: Queryable,
  orgId: string,
  batchId: string,
  sessions: readonly SessionRow[],
): Promise<number> {
  if (sessions.length === 0) return 0;

  const [result] = await tx.query<{ added: number }>(
    `WITH added AS (
       INSERT INTO sessions (org_id, batch_id, day, session_id, user_pseudonym, role, team, tenure)
       SELECT $1::text, $2::uuid, r.*
         FROM unnest($3::date[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
           AS r
       ON CONFLICT (org_id, session_id, day) DO NOTHING
       RETURNING 1
     )
     SELECT count(*)::int AS added FROM added`,
    [
      orgId,
      batchId,
      sessions.map((session) => session.day),
      sessions.map((session) => session.session),
      sessions.map((session) => session.user),
      sessions.map((session) => session.cohort.role),
      sessions.map((session) => session.cohort.team),
      sessions.map((session) => session.cohort.tenure),
    ],
  );
  return Number(result?.added ?? 0);
}
