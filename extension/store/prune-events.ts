import type { SyncState } from '../../core/events/schema.ts';
import { logger } from '../logger.ts';
import type { PathlightDb } from './db.ts';
import { deletableStates, deleteOldestEvents } from './delete-oldest-events.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface PruneOptions {
  /** Days an event is kept once it no longer waits to be synced (setting `retentionDays`). */
  retentionDays: number;
  /** Most events kept (setting `maxStoredEvents`); the oldest synced ones make room first. */
  maxStoredEvents: number;
  now: number;
  /**
   * Whether a backend is configured. Without one nothing waits to be synced, so new events age
   * out and make room like sent ones. Default true.
   */
  syncing?: boolean;
}

export interface PruneReport {
  /** Events deleted for being older than the retention period. */
  expired: number;
  /** Events deleted to bring the store under the cap. */
  evicted: number;
  /** Expired sessions deleted once none of their events was left. */
  sessions: number;
  /** Attempts deleted for being older than the retention period. */
  attempts: number;
  /** Events above the cap that were kept because they wait to be synced. */
  overCap: number;
}

/**
 * Applies retention and the size cap. Never deletes an event that waits to be synced (queued in
 * the outbox, or new while a backend is configured), so a backend that is down loses nothing; the
 * store then stays above the cap and says so in the log. Cheap enough for every sync alarm: it
 * reads index keys and counts, never all events.
 */
export async function pruneEvents(db: PathlightDb, options: PruneOptions): Promise<PruneReport> {
  const states = deletableStates(options.syncing ?? true);
  const cutoff = options.now - options.retentionDays * DAY_MS;

  const expired = await deleteOldestEvents(db, { states, before: cutoff });

  const excess = (await db.events.count()) - options.maxStoredEvents;
  const evicted = excess > 0 ? await deleteOldestEvents(db, { states, limit: excess }) : 0;
  const overCap = Math.max(0, excess - evicted);
  if (overCap > 0) {
    logger.warn(
      `the store holds ${overCap} events more than maxStoredEvents (${options.maxStoredEvents}) ` +
        'because they wait to be synced; check that the backend is reachable, or raise ' +
        'maxStoredEvents [store_over_cap]',
    );
  }

  const sessions = await deleteEmptySessions(db, cutoff);
  const attempts = await deleteOldAttempts(db, cutoff, states);
  return { expired, evicted, sessions, attempts, overCap };
}

/** Attempts started before `before`, unless they wait to be synced (see `deletableStates`). */
async function deleteOldAttempts(
  db: PathlightDb,
  before: number,
  states: readonly SyncState[],
): Promise<number> {
  const allowed = new Set<SyncState>(states);
  return db.attempts
    .where('startedAt')
    .below(before)
    .filter((attempt) => allowed.has(attempt.sync))
    .delete();
}

async function deleteEmptySessions(db: PathlightDb, before: number): Promise<number> {
  const ids = await db.sessions.where('lastAt').below(before).primaryKeys();
  let deleted = 0;
  for (const id of ids) {
    // One transaction per session, so that an event recorded meanwhile keeps its session.
    const gone = await db.transaction('rw', db.events, db.sessions, async () => {
      if ((await db.events.where('session').equals(id).count()) > 0) return false;
      await db.sessions.delete(id);
      return true;
    });
    if (gone) deleted += 1;
  }
  return deleted;
}
