import { SYNC_NEW, type CapturedEvent } from '../../core/events/schema.ts';
import { SESSION_IDLE_MS } from '../../core/summarise/summarise-session.ts';
import type { PathlightDb, SessionRecord } from './db.ts';

export { SESSION_IDLE_MS };

/**
 * Stores one captured event in the session it belongs to: the latest session of the same user on
 * the same Odoo that saw activity within `SESSION_IDLE_MS`, whichever tab it came from; otherwise
 * a new one. Returns the session id.
 */
export async function recordEvent(
  db: PathlightDb,
  event: CapturedEvent,
  origin: string,
  user: string | null,
): Promise<string> {
  return db.transaction('rw', db.events, db.sessions, async () => {
    const session = await currentSession(db, origin, user, event.t);
    await db.events.add({ ...event, session: session.id, sync: SYNC_NEW });
    return session.id;
  });
}

async function currentSession(
  db: PathlightDb,
  origin: string,
  user: string | null,
  now: number,
): Promise<SessionRecord> {
  const candidates = await db.sessions.where('origin').equals(origin).toArray();
  const latest = candidates
    .filter((session) => session.user === user)
    .sort((a, b) => b.lastAt - a.lastAt)[0];

  if (latest && now - latest.lastAt <= SESSION_IDLE_MS) {
    // Events from another tab can arrive slightly out of order; never move lastAt backwards.
    latest.lastAt = Math.max(latest.lastAt, now);
    await db.sessions.put(latest);
    return latest;
  }

  const session: SessionRecord = {
    id: crypto.randomUUID(),
    origin,
    user,
    startedAt: now,
    lastAt: now,
  };
  await db.sessions.add(session);
  return session;
}
