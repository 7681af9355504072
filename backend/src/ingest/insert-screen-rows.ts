import type { AggregateRow } from '../../../core/sync/index.ts';
import type { Queryable } from '../store/index.ts';

/**
 * Inserts a batch's screen rows in one statement: PGlite takes ~30 s for 100k single-row inserts
 * and about 1 s through unnest (see TOOLCHAIN.md). Returns how many were stored. Screen rows
 * count events, so only the batch id keeps them from being stored twice.
 */
export async function insertScreenRows(
  tx: Queryable,
  orgId: string,
  batchId: string,
  rows: readonly AggregateRow[],
): Promise<number> {
  if (rows.length === 0) return 0;

  await tx.query(
    `INSERT INTO aggregate_rows
       (org_id, batch_id, day, flow, app, model, view_type, state, user_pseudonym, session_id,
        events)
     SELECT $1::text, $2::uuid, r.*
       FROM unnest($3::date[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                   $9::text[], $10::text[], $11::int[]) AS r`,
    [
      orgId,
      batchId,
      rows.map((row) => row.day),
      rows.map((row) => row.flow),
      rows.map((row) => row.app),
      rows.map((row) => row.model),
      rows.map((row) => row.viewType),
      rows.map((row) => row.state),
      rows.map((row) => row.user),
      rows.map((row) => row.session),
      rows.map((row) => row.events),
    ],
  );
  return rows.length;
}
