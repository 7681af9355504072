import type { AttemptRow } from '../../../core/sync/index.ts';
import type { Queryable } from '../store/index.ts';

/**
 * Inserts a batch's attempts in one statement and returns how many were new. An attempt id
 * already stored for the organisation, by this batch or an earlier one, is skipped: a resent
 * attempt must not count twice in completion or hesitation.
 */
export async function insertAttemptRows(
  tx: Queryable,
  orgId: string,
  batchId: string,
  attempts: readonly AttemptRow[],
): Promise<number> {
  if (attempts.length === 0) return 0;

  // The jsonb columns travel as text[] and are cast per element: pg and PGlite serialise a
  // jsonb[] parameter differently, text is the same on both.
  const [result] = await tx.query<{ added: number }>(
    `WITH added AS (
       INSERT INTO attempts
         (org_id, batch_id, attempt_id, day, session_id, user_pseudonym, role, team, tenure,
          path, version, status, end_reason, duration_ms, workaround, deviations, steps)
       SELECT $1::text, $2::uuid, r.attempt_id, r.day, r.session_id, r.user_pseudonym, r.role,
              r.team, r.tenure, r.path, r.version, r.status, r.end_reason, r.duration_ms,
              r.workaround, r.deviations::jsonb, r.steps::jsonb
         FROM unnest($3::uuid[], $4::date[], $5::text[], $6::text[], $7::text[], $8::text[],
                     $9::text[], $10::text[], $11::int[], $12::text[], $13::text[], $14::int[],
                     $15::boolean[], $16::text[], $17::text[])
           AS r (attempt_id, day, session_id, user_pseudonym, role, team, tenure, path, version,
                 status, end_reason, duration_ms, workaround, deviations, steps)
       ON CONFLICT (org_id, attempt_id) DO NOTHING
       RETURNING 1
     )
     SELECT count(*)::int AS added FROM added`,
    [
      orgId,
      batchId,
      attempts.map((attempt) => attempt.attempt),
      attempts.map((attempt) => attempt.day),
      attempts.map((attempt) => attempt.session),
      attempts.map((attempt) => attempt.user),
      attempts.map((attempt) => attempt.cohort.role),
      attempts.map((attempt) => attempt.cohort.team),
      attempts.map((attempt) => attempt.cohort.tenure),
      attempts.map((attempt) => attempt.path),
      attempts.map((attempt) => attempt.version),
      attempts.map((attempt) => attempt.status),
      attempts.map((attempt) => attempt.endReason),
      attempts.map((attempt) => attempt.durationMs),
      attempts.map((attempt) => attempt.workaround),
      attempts.map((attempt) => JSON.stringify(attempt.deviations)),
      attempts.map((attempt) => JSON.stringify(attempt.steps)),
    ],
  );
  return Number(result?.added ?? 0);
}
