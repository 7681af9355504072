import type { TraceEvent } from './schema.ts';

/** One session of a trace. */
export interface SessionSummary {
  session: string;
  events: number;
  /** Time of its first and last event, in milliseconds since the epoch. */
  firstAt: number;
  lastAt: number;
}

/** One screen (app × model × view type) and how many events happened on it. */
export interface ScreenSummary {
  app: string | null;
  model: string | null;
  viewType: string | null;
  events: number;
}

/** What a set of traces holds, most frequent first. */
export interface TraceSummary {
  events: number;
  sessions: SessionSummary[];
  byType: { type: string; events: number }[];
  screens: ScreenSummary[];
}

/** Counts events by session, by type and by screen. Ties keep the order of first appearance. */
export function summariseTrace(events: readonly TraceEvent[]): TraceSummary {
  const sessions = new Map<string, SessionSummary>();
  const types = new Map<string, number>();
  const screens = new Map<string, ScreenSummary>();

  for (const event of events) {
    const session = sessions.get(event.session);
    if (session) {
      session.events += 1;
      session.firstAt = Math.min(session.firstAt, event.t);
      session.lastAt = Math.max(session.lastAt, event.t);
    } else {
      sessions.set(event.session, {
        session: event.session,
        events: 1,
        firstAt: event.t,
        lastAt: event.t,
      });
    }

    types.set(event.type, (types.get(event.type) ?? 0) + 1);

    const { app, model, viewType } = event.screen;
    const key = JSON.stringify([app, model, viewType]);
    const screen = screens.get(key);
    if (screen) screen.events += 1;
    else screens.set(key, { app, model, viewType, events: 1 });
  }

  return {
    events: events.length,
    sessions: byEventsDescending([...sessions.values()]),
    byType: byEventsDescending([...types].map(([type, count]) => ({ type, events: count }))),
    screens: byEventsDescending([...screens.values()]),
  };
}

function byEventsDescending<T extends { events: number }>(items: T[]): T[] {
  // Array.prototype.sort is stable, so equal counts keep their first-seen order.
  return items.sort((a, b) => b.events - a.events);
}
