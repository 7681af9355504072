import type { Queryable } from '../store/index.ts';
import {
  readStoredIntervention,
  STORED_COLUMNS,
  type StoredIntervention,
} from './stored-intervention.ts';
import type { NewIntervention, RecordedIntervention } from './types.ts';

/**
 * The intervention of organisation `orgId` recorded with exactly these fields, if any: a form
 * sent twice, or a script run again, records nothing new.
 */
export async function findIdenticalIntervention(
  db: Queryable,
  orgId: string,
  fields: NewIntervention,
): Promise<RecordedIntervention | null> {
  const [row] = await db.query<StoredIntervention>(
    `SELECT ${STORED_COLUMNS} FROM interventions
     WHERE org_id = $1 AND day = $2::date AND kind = $3 AND path = $4
       AND step IS NOT DISTINCT FROM $5 AND cohort IS NOT DISTINCT FROM $6 AND note = $7
     ORDER BY created_at LIMIT 1`,
    [
      orgId,
      fields.day,
      fields.kind,
      fields.path,
      fields.step ?? null,
      fields.cohort ?? null,
      fields.note,
    ],
  );
  return row ? readStoredIntervention(row) : null;
}

/** Removes intervention `id` of organisation `orgId`; false when there was none. */
export async function deleteIntervention(
  db: Queryable,
  orgId: string,
  id: string,
): Promise<boolean> {
  const rows = await db.query<{ id: string }>(
    'DELETE FROM interventions WHERE org_id = $1 AND id = $2 RETURNING id',
    [orgId, id],
  );
  return rows.length > 0;
}
