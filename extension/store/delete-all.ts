import type { PathlightDb } from './db.ts';
import type { DeleteReport } from './types.ts';

/**
 * Empties the store: every event, session and outbox batch, in one transaction. Batches waiting
 * for the backend are deleted too, so what was not sent yet never will be.
 */
export async function deleteAll(db: PathlightDb): Promise<DeleteReport> {
  return db.transaction('rw', [db.events, db.sessions, db.outbox, db.signals], async () => {
    const report = {
      events: await db.events.count(),
      sessions: await db.sessions.count(),
      outbox: await db.outbox.count(),
    };
    await Promise.all([
      db.events.clear(),
      db.sessions.clear(),
      db.outbox.clear(),
      db.signals.clear(),
    ]);
    return report;
  });
}
