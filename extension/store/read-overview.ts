import { SYNC_SENT, type StoredEvent } from '../../core/events/schema.ts';
import { EVENT_TYPES } from './event-types.ts';
import type { PathlightDb } from './db.ts';
import type { EventRow, StoredOverview } from './types.ts';

/** Latest events listed on the options page. */
export const LATEST_EVENTS = 50;
/** Latest sessions listed on the options page, each with its event count. */
export const RECENT_SESSIONS = 20;

/**
 * Counts what the store holds and lists the latest events and sessions. Counting goes through
 * indexes, one query per event type and per listed session, so the cost does not grow with the
 * store.
 */
export async function readOverview(db: PathlightDb): Promise<StoredOverview> {
  return db.transaction('r', db.events, db.sessions, db.outbox, async () => {
    const byType = await Promise.all(
      EVENT_TYPES.map(async (type) => ({
        type,
        events: await db.events.where('type').equals(type).count(),
      })),
    );

    const sessions = await db.sessions.orderBy('lastAt').reverse().limit(RECENT_SESSIONS).toArray();
    const recentSessions = await Promise.all(
      sessions.map(async (session) => ({
        session: session.id,
        startedAt: session.startedAt,
        lastAt: session.lastAt,
        events: await db.events.where('session').equals(session.id).count(),
      })),
    );

    const events = await db.events.count();
    const latest = await db.events.orderBy('t').reverse().limit(LATEST_EVENTS).toArray();
    return {
      events,
      sessions: await db.sessions.count(),
      outbox: await db.outbox.count(),
      unsynced: events - (await db.events.where('sync').equals(SYNC_SENT).count()),
      byType: byType.filter((row) => row.events > 0).sort((a, b) => b.events - a.events),
      recentSessions,
      latest: latest.map(eventRow),
    };
  });
}

function eventRow(event: StoredEvent): EventRow {
  const { app, model, viewType, state } = event.screen;
  const target = targetOf(event);
  return {
    seq: event.id!,
    t: event.t,
    type: event.type,
    app,
    model,
    viewType,
    state,
    targetRole: target?.role ?? null,
    targetName: target?.name ?? null,
  };
}

function targetOf(event: StoredEvent): { role: string; name: string | null } | null {
  switch (event.type) {
    case 'click':
    case 'hover': {
      const { role, name, menu, state } = event.target;
      return { role, name: name ?? menu ?? state };
    }
    case 'dialog_close':
      return event.closedBy ? { role: event.closedBy.role, name: event.closedBy.name } : null;
    case 'field':
      return { role: 'field', name: event.field };
    default:
      return null;
  }
}
