import type { IngestBatch, IngestReceipt } from '../../../core/sync/index.ts';
import type { Store } from '../store/index.ts';
import { insertAttemptRows } from './insert-attempt-rows.ts';
import { insertScreenRows } from './insert-screen-rows.ts';
import { insertSessionRows } from './insert-session-rows.ts';

/**
 * Stores a batch for an organisation, once. The batch record, its screen rows, session rows and
 * attempts go in one transaction, so a crash leaves all or none, and a retry of a stored batch
 * id (the extension retries until it sees a 2xx) adds nothing.
 */
export async function storeBatch(
  store: Store,
  orgId: string,
  batch: IngestBatch,
): Promise<IngestReceipt> {
  return store.transaction(async (tx) => {
    const inserted = await tx.query<{ batch_id: string }>(
      `INSERT INTO ingest_batches (org_id, batch_id, client, row_count, session_count,
                                   attempt_count)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (org_id, batch_id) DO NOTHING
       RETURNING batch_id`,
      [
        orgId,
        batch.batchId,
        batch.client,
        batch.rows.length,
        batch.sessions.length,
        batch.attempts.length,
      ],
    );
    if (inserted.length === 0) {
      return {
        batchId: batch.batchId,
        accepted: 0,
        stored: { rows: 0, sessions: 0, attempts: 0 },
        duplicate: true,
      };
    }

    const stored = {
      rows: await insertScreenRows(tx, orgId, batch.batchId, batch.rows),
      sessions: await insertSessionRows(tx, orgId, batch.batchId, batch.sessions),
      attempts: await insertAttemptRows(tx, orgId, batch.batchId, batch.attempts),
    };
    return {
      batchId: batch.batchId,
      accepted: stored.rows + stored.sessions + stored.attempts,
      stored,
      duplicate: false,
    };
  });
}
