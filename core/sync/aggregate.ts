import type { StoredEvent } from '../events/schema.ts';
import { flowOfScreen } from '../flows/assign.ts';
import type { GoldenPath } from '../flows/schema.ts';
import { DOTTED_NAME, FLOW_ID, keepIfShaped, STATE_KEY, VIEW_NAME } from './row-names.ts';
import type { AggregateRow } from './schema.ts';

/**
 * Turns stored events into the anonymised rows the backend receives: one row per UTC day, flow,
 * screen, user and session, counting events. What identifies a record (ids, names) never enters
 * a row; the user appears only as the session's pseudonym. A name without the shape the sync
 * contract requires is left out (null) rather than sent, so one odd custom module never blocks
 * a batch.
 *
 * `userOfSession` maps a local session id to its user's pseudonym (null when unknown).
 */
export function aggregateEvents(
  events: readonly StoredEvent[],
  userOfSession: (session: string) => string | null,
  paths: readonly GoldenPath[],
): AggregateRow[] {
  const rows = new Map<string, AggregateRow>();

  for (const event of events) {
    const { screen } = event;
    const row: AggregateRow = {
      day: new Date(event.t).toISOString().slice(0, 10),
      flow: keepIfShaped(flowOfScreen(screen, paths), FLOW_ID),
      app: keepIfShaped(screen.app, DOTTED_NAME),
      model: keepIfShaped(screen.model, DOTTED_NAME),
      viewType: keepIfShaped(screen.viewType, VIEW_NAME),
      state: keepIfShaped(screen.state, STATE_KEY),
      user: userOfSession(event.session),
      session: event.session,
      events: 1,
    };
    const key = JSON.stringify([
      row.day,
      row.flow,
      row.app,
      row.model,
      row.viewType,
      row.state,
      row.user,
      row.session,
    ]);

    const existing = rows.get(key);
    if (existing) existing.events += 1;
    else rows.set(key, row);
  }

  return [...rows.values()];
}
