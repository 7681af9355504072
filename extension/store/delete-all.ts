import type { PathlightDb } from './db.ts';
import type { DeleteReport } from './types.ts';

/**
 * Empties the store: every event, session, attempt and outbox batch, in one transaction. Batches
 * waiting for the backend are deleted too, so what was not sent yet never will be.
 */
export async function deleteAll(db: PathlightDb): Promise<DeleteReport> {
  const tables = [db.events, db.sessions, db.outbox, db.signals, db.attempts];
  return db.transaction('rw', tables, async () => {
    const report = {
      events: await db.events.count(),
      sessions: await db.sessions.count(),
      outbox: await db.outbox.count(),
      attempts: await db.attempts.count(),
    };
    await Promise.all([
      db.events.clear(),
      db.sessions.clear(),
      db.outbox.clear(),
      db.signals.clear(),
      db.attempts.clear(),
    ]);
    return report;
  });
}
