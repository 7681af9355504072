import type { CapturedEvent, StoredEvent } from '../../core/events/schema.ts';
import type { PathlightDb } from '../store/db.ts';
import { RECENT_EVENTS_MAX, RECENT_EVENTS_MS } from './live-attempt.ts';

/**
 * What an Odoo page did just before it was loaded: the stored events of the origin's recent
 * sessions. A reload (or a link opened in the same tab) starts a new content script with no
 * memory, while the user is still in the middle of a receipt: with these, the attempt and the
 * menu that started it are known again. Hint events are left out; they are not the user's work.
 */
export async function readRecentEvents(
  db: PathlightDb,
  origin: string,
  before: number,
): Promise<CapturedEvent[]> {
  const since = before - RECENT_EVENTS_MS;
  const sessions = await db.sessions
    .where('lastAt')
    .aboveOrEqual(since)
    .filter((session) => session.origin === origin)
    .primaryKeys();
  if (sessions.length === 0) return [];

  const stored = await db.events
    .where('session')
    .anyOf(sessions)
    .filter((event) => event.t >= since && event.t < before && event.type !== 'hint')
    .sortBy('t');
  // The store's own fields (row id, session id, sync state) stay in the background.
  return stored.slice(-RECENT_EVENTS_MAX).map((event) => {
    const captured: Partial<StoredEvent> = { ...event };
    delete captured.id;
    delete captured.session;
    delete captured.sync;
    return captured as CapturedEvent;
  });
}
