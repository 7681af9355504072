import { SYNC_NEW } from '../../core/events/schema.ts';
import type { GoldenPath } from '../../core/flows/schema.ts';
import { SESSION_IDLE_MS, summariseSession } from '../../core/summarise/index.ts';
import type { Config } from '../config/schema.ts';
import type { LocalAttempt, PathlightDb } from '../store/db.ts';
import { cohortOf } from './cohort-of.ts';

export interface SummariseReport {
  /** Sessions whose events were read. */
  sessions: number;
  /** Attempts added to the store. */
  attempts: number;
}

/**
 * Finds the golden-path attempts that have closed since the last call and keeps each once in
 * the `attempts` table, with a random id, the session's user and the cohort of its day, waiting
 * to be synced. A session is read again at every call while it may still grow; once it is over
 * and summarised it is marked and never read again.
 */
export async function summariseAttempts(
  db: PathlightDb,
  paths: readonly GoldenPath[],
  config: Pick<Config, 'cohort' | 'newUserDays' | 'detectorThresholds'>,
  now: number,
): Promise<SummariseReport> {
  const open = (await db.sessions.toArray()).filter((session) => !session.summarised);
  let added = 0;

  for (const session of open) {
    const events = await db.events.where('session').equals(session.id).sortBy('t');
    const found = summariseSession(events, {
      paths,
      now,
      detect: { thresholds: config.detectorThresholds },
    });

    added += await db.transaction('rw', db.attempts, db.sessions, async () => {
      const known = new Set(
        await db.attempts
          .where('key')
          .anyOf(found.map((attempt) => attempt.key))
          .primaryKeys(),
      );
      const fresh = found
        .filter((attempt) => !known.has(attempt.key))
        .map((attempt): LocalAttempt => ({
          key: attempt.key,
          startedAt: attempt.startedAt,
          sync: SYNC_NEW,
          row: {
            ...attempt.row,
            attempt: crypto.randomUUID(),
            user: session.user,
            cohort: cohortOf(config, attempt.row.day),
          },
        }));
      await db.attempts.bulkAdd(fresh);
      if (now - session.lastAt > SESSION_IDLE_MS) {
        await db.sessions.update(session.id, { summarised: true });
      }
      return fresh.length;
    });
  }

  return { sessions: open.length, attempts: added };
}
