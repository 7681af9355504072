import { SYNC_SENT } from '../../core/events/schema.ts';
import type { IngestBatch } from '../../core/sync/schema.ts';
import type { OutboxBatch, PathlightDb } from '../store/db.ts';

/** First retry delay after a failed send; doubles with each failure. */
export const RETRY_BASE_MS = 30_000;
/** Longest wait between two attempts at the same batch. */
export const RETRY_MAX_MS = 60 * 60 * 1000;

export interface SendOptions {
  backendUrl: string;
  ingestToken: string;
  /** Version string sent with each batch, for support. */
  client: string;
  now: number;
  fetch?: typeof fetch;
}

export interface SendReport {
  sent: number;
  failed: number;
  /** Batches still waiting, including those not yet due. */
  pending: number;
  lastError: string | null;
}

/**
 * Posts every due outbox batch. An acknowledged batch leaves the outbox and its events are marked
 * sent; any failure keeps the batch, with the same id so the backend never counts it twice, and
 * schedules the next attempt with exponential backoff. Nothing is ever dropped here.
 */
export async function sendOutbox(db: PathlightDb, options: SendOptions): Promise<SendReport> {
  const doFetch = options.fetch ?? fetch;
  const due = await db.outbox.where('nextAttemptAt').belowOrEqual(options.now).toArray();
  const report: SendReport = { sent: 0, failed: 0, pending: 0, lastError: null };

  for (const batch of due) {
    const error = await post(doFetch, options, batch);
    if (error === null) {
      await acknowledge(db, batch);
      report.sent += 1;
      continue;
    }

    report.failed += 1;
    report.lastError = error;
    const attempts = batch.attempts + 1;
    await db.outbox.update(batch.batchId, {
      attempts,
      lastError: error,
      nextAttemptAt: options.now + Math.min(RETRY_BASE_MS * 2 ** (attempts - 1), RETRY_MAX_MS),
    });
  }

  report.pending = await db.outbox.count();
  return report;
}

/** Returns null on success, or the error code to keep with the batch. */
async function post(
  doFetch: typeof fetch,
  options: SendOptions,
  batch: OutboxBatch,
): Promise<string | null> {
  const body: IngestBatch = {
    batchId: batch.batchId,
    client: options.client,
    rows: batch.rows,
    sessions: batch.sessionRows ?? [],
    attempts: batch.attemptRows ?? [],
  };
  let response: Response;
  try {
    response = await doFetch(new URL('/v1/ingest', options.backendUrl), {
      method: 'POST',
      headers: {
        authorization: `Bearer ${options.ingestToken}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify(body),
    });
  } catch {
    return 'backend_unreachable';
  }

  if (response.ok) return null;
  const payload = (await response.json().catch(() => null)) as {
    error?: { code?: string };
  } | null;
  return payload?.error?.code ?? `http_${response.status}`;
}

async function acknowledge(db: PathlightDb, batch: OutboxBatch): Promise<void> {
  await db.transaction('rw', [db.events, db.attempts, db.outbox], async () => {
    await db.events.where('id').anyOf(batch.eventIds).modify({ sync: SYNC_SENT });
    await db.attempts
      .where('key')
      .anyOf(batch.attemptKeys ?? [])
      .modify({ sync: SYNC_SENT });
    await db.outbox.delete(batch.batchId);
  });
}
