import { SYNC_NEW, SYNC_QUEUED } from '../../core/events/schema.ts';
import type { GoldenPath } from '../../core/flows/schema.ts';
import { aggregateEvents } from '../../core/sync/aggregate.ts';
import type { OutboxBatch, PathlightDb } from '../store/db.ts';

/**
 * Events aggregated into one batch at most. Rows never outnumber events, so a batch stays within
 * the contract's row limit, and the body stays well under the backend's size limit.
 */
export const MAX_EVENTS_PER_BATCH = 5_000;

/**
 * Moves every new event into outbox batches of anonymised rows, in one transaction: an event is
 * either still new or in exactly one batch, never both and never neither. Returns the batches
 * created.
 */
export async function queueEvents(
  db: PathlightDb,
  paths: readonly GoldenPath[],
  now: number,
): Promise<OutboxBatch[]> {
  return db.transaction('rw', db.events, db.sessions, db.outbox, async () => {
    const created: OutboxBatch[] = [];
    const users = new Map((await db.sessions.toArray()).map((s) => [s.id, s.user]));

    for (;;) {
      const events = await db.events
        .where('sync')
        .equals(SYNC_NEW)
        .limit(MAX_EVENTS_PER_BATCH)
        .toArray();
      if (events.length === 0) break;

      const eventIds = events.map((event) => event.id!);
      const batch: OutboxBatch = {
        batchId: crypto.randomUUID(),
        rows: aggregateEvents(events, (session) => users.get(session) ?? null, paths),
        eventIds,
        createdAt: now,
        attempts: 0,
        nextAttemptAt: now,
        lastError: null,
      };
      await db.outbox.add(batch);
      await db.events.where('id').anyOf(eventIds).modify({ sync: SYNC_QUEUED });
      created.push(batch);
    }

    return created;
  });
}
