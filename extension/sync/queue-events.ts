import { SYNC_NEW, SYNC_QUEUED } from '../../core/events/schema.ts';
import type { GoldenPath } from '../../core/flows/schema.ts';
import { aggregateEvents } from '../../core/sync/aggregate.ts';
import { MAX_ROWS_PER_BATCH, type SessionRow } from '../../core/sync/schema.ts';
import type { Config } from '../config/schema.ts';
import type { OutboxBatch, PathlightDb, SessionRecord } from '../store/db.ts';
import { cohortOf } from './cohort-of.ts';

/**
 * Events aggregated into one batch at most. Rows never outnumber events, so a batch stays within
 * the contract's row limit, and the body stays well under the backend's size limit.
 */
export const MAX_EVENTS_PER_BATCH = 5_000;

/**
 * Attempts put in one batch at most. An attempt row is a few hundred bytes per step, so a full
 * batch (with its screen and session rows) stays well below the backend's 8 MiB body limit.
 */
export const MAX_ATTEMPTS_PER_BATCH = 1_000;

/** What the rows of a batch need from the settings: the cohort of each session's user. */
export type QueueConfig = Pick<Config, 'cohort' | 'newUserDays'>;

/**
 * Moves everything that waits to be sent into outbox batches, in one transaction: new events as
 * anonymised screen rows, each session's days not yet reported as session rows, and attempts not
 * yet queued. Each event or attempt is either still new or in exactly one batch, never both and
 * never neither. Returns the batches created.
 */
export async function queueEvents(
  db: PathlightDb,
  paths: readonly GoldenPath[],
  now: number,
  config: QueueConfig = { newUserDays: 60 },
): Promise<OutboxBatch[]> {
  return db.transaction('rw', [db.events, db.sessions, db.outbox, db.attempts], async () => {
    const created: OutboxBatch[] = [];
    const sessions = await db.sessions.toArray();
    const users = new Map(sessions.map((s) => [s.id, s.user]));
    const sessionRows = await claimSessionRows(db, sessions, config);

    for (;;) {
      const events = await db.events
        .where('sync')
        .equals(SYNC_NEW)
        .limit(MAX_EVENTS_PER_BATCH)
        .toArray();
      const attempts = await db.attempts
        .where('sync')
        .equals(SYNC_NEW)
        .limit(MAX_ATTEMPTS_PER_BATCH)
        .toArray();
      const someSessionRows = sessionRows.splice(0, MAX_ROWS_PER_BATCH);
      if (events.length + attempts.length + someSessionRows.length === 0) break;

      const eventIds = events.map((event) => event.id!);
      const attemptKeys = attempts.map((attempt) => attempt.key);
      const batch: OutboxBatch = {
        batchId: crypto.randomUUID(),
        rows: aggregateEvents(events, (session) => users.get(session) ?? null, paths),
        sessionRows: someSessionRows,
        attemptRows: attempts.map((attempt) => attempt.row),
        eventIds,
        attemptKeys,
        createdAt: now,
        attempts: 0,
        nextAttemptAt: now,
        lastError: null,
      };
      await db.outbox.add(batch);
      await db.events.where('id').anyOf(eventIds).modify({ sync: SYNC_QUEUED });
      await db.attempts.where('key').anyOf(attemptKeys).modify({ sync: SYNC_QUEUED });
      created.push(batch);
    }

    return created;
  });
}

/**
 * The session rows not yet reported: one per session and UTC day it was active on. The days are
 * marked reported here, inside the caller's transaction, since the batch that carries them is
 * written in the same one.
 */
async function claimSessionRows(
  db: PathlightDb,
  sessions: readonly SessionRecord[],
  config: QueueConfig,
): Promise<SessionRow[]> {
  const rows: SessionRow[] = [];
  for (const session of sessions) {
    const sent = new Set(session.sentDays ?? []);
    const days = [dayOf(session.startedAt), dayOf(session.lastAt)].filter(
      (day, index, all) => all.indexOf(day) === index && !sent.has(day),
    );
    if (days.length === 0) continue;
    for (const day of days) {
      rows.push({ day, session: session.id, user: session.user, cohort: cohortOf(config, day) });
    }
    await db.sessions.update(session.id, { sentDays: [...sent, ...days] });
  }
  return rows;
}

function dayOf(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}
