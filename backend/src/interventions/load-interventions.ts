import type { Queryable } from '../store/index.ts';
import {
  readStoredIntervention,
  STORED_COLUMNS,
  type StoredIntervention,
} from './stored-intervention.ts';
import type { RecordedIntervention } from './types.ts';

/** Every intervention of organisation `orgId`, by day, then in the order they were recorded. */
export async function loadInterventions(
  db: Queryable,
  orgId: string,
): Promise<RecordedIntervention[]> {
  const rows = await db.query<StoredIntervention>(
    `SELECT ${STORED_COLUMNS} FROM interventions WHERE org_id = $1
      ORDER BY day, created_at, id`,
    [orgId],
  );
  return rows.map(readStoredIntervention);
}
