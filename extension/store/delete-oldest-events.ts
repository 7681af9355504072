import { SYNC_NEW, SYNC_SENT, type SyncState } from '../../core/events/schema.ts';
import type { PathlightDb } from './db.ts';

/**
 * Events deleted per transaction. Small enough that a capture arriving meanwhile waits only
 * briefly for the store, large enough that pruning 200,000 events takes few rounds.
 */
export const DELETE_CHUNK_EVENTS = 2_000;

export interface DeleteOldestOptions {
  /** Sync states that may be deleted, in the order they are used up: see `deletableStates`. */
  states: readonly SyncState[];
  /** Only events that happened before this time (ms since the epoch). Default: any time. */
  before?: number;
  /** Most events to delete. Default: no limit. */
  limit?: number;
}

/**
 * The sync states whose events no longer wait for the backend. Queued events never are: they are
 * in an outbox batch. New events are, unless no backend is configured, when nothing would ever
 * send them and they would otherwise outlive the retention period.
 */
export function deletableStates(syncing: boolean): SyncState[] {
  return syncing ? [SYNC_SENT] : [SYNC_SENT, SYNC_NEW];
}

/**
 * Deletes events oldest first, state by state, through the `[sync+t]` index: keys are read, never
 * the events themselves. An event that an outbox batch still refers to is kept whatever its state.
 * Returns how many were deleted.
 */
export async function deleteOldestEvents(
  db: PathlightDb,
  options: DeleteOldestOptions,
): Promise<number> {
  const before = options.before ?? Infinity;
  let remaining = options.limit ?? Infinity;
  let deleted = 0;

  for (const state of options.states) {
    // Kept events stay at the front of the range, so skipping them finds the next candidates.
    let kept = 0;
    while (remaining > 0) {
      const round = await db.transaction('rw', db.events, db.outbox, async () => {
        const keys = await db.events
          .where('[sync+t]')
          .between([state, -Infinity], [state, before], true, false)
          .offset(kept)
          .limit(Math.min(DELETE_CHUNK_EVENTS, remaining))
          .primaryKeys();
        const referenced = await referencedByOutbox(db, keys);
        const doomed = keys.filter((key) => !referenced.has(key));
        await db.events.bulkDelete(doomed);
        return { found: keys.length, deleted: doomed.length };
      });
      if (round.found === 0) break;

      kept += round.found - round.deleted;
      deleted += round.deleted;
      remaining -= round.deleted;
    }
  }

  return deleted;
}

async function referencedByOutbox(db: PathlightDb, keys: number[]): Promise<Set<number>> {
  if (keys.length === 0) return new Set();
  // Through the multi-entry index: normally no batch refers to a sent event, so nothing loads.
  const batches = await db.outbox.where('eventIds').anyOf(keys).toArray();
  return new Set(batches.flatMap((batch) => batch.eventIds));
}
