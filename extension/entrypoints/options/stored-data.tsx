import type { StoredOverview } from '../../store/types.ts';
import { formatTime } from './format-time.ts';
import { plural } from './plural.ts';

export interface StoredDataProps {
  overview: StoredOverview;
  /** Days events are kept once sent (setting `retentionDays`). */
  retentionDays: number;
  /** Most events kept (setting `maxStoredEvents`). */
  maxStoredEvents: number;
}

/**
 * What the store holds: counts by event type and by session, and the latest events. Every cell is
 * a count, a time or a technical name; nothing the user typed is ever stored.
 */
export function StoredData({ overview, retentionDays, maxStoredEvents }: StoredDataProps) {
  const { events, sessions, unsynced, outbox } = overview;
  if (events === 0 && outbox === 0) {
    return <p id="stored-summary">Nothing is stored in this browser.</p>;
  }

  return (
    <>
      <p id="stored-summary">
        {plural(events, 'event')} in {plural(sessions, 'session')}; {unsynced} not sent yet,{' '}
        {plural(outbox, 'batch', 'batches')} waiting. Sent events are kept{' '}
        {plural(retentionDays, 'day')}, and at most {plural(maxStoredEvents, 'event')}.
      </p>

      <table id="events-by-type">
        <caption>Events by type</caption>
        <thead>
          <tr>
            <th scope="col">Type</th>
            <th scope="col">Events</th>
          </tr>
        </thead>
        <tbody>
          {overview.byType.map((row) => (
            <tr key={row.type}>
              <th scope="row">{row.type}</th>
              <td class="count">{row.events}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <table id="events-by-session">
        <caption>Latest sessions</caption>
        <thead>
          <tr>
            <th scope="col">Session</th>
            <th scope="col">Started</th>
            <th scope="col">Last activity</th>
            <th scope="col">Events</th>
          </tr>
        </thead>
        <tbody>
          {overview.recentSessions.map((row) => (
            <tr key={row.session}>
              <th scope="row">
                <code>{row.session}</code>
              </th>
              <td>{formatTime(row.startedAt)}</td>
              <td>{formatTime(row.lastAt)}</td>
              <td class="count">{row.events}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <table id="latest-events">
        <caption>Latest {overview.latest.length} events</caption>
        <thead>
          <tr>
            {['Time', 'Type', 'App', 'Model', 'View', 'State', 'Target role', 'Target name'].map(
              (title) => (
                <th scope="col" key={title}>
                  {title}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {overview.latest.map((row) => (
            <tr key={row.seq}>
              <td>{formatTime(row.t)}</td>
              <td>{row.type}</td>
              {[row.app, row.model, row.viewType, row.state, row.targetRole, row.targetName].map(
                (name, column) => (
                  <td key={column}>{name === null ? '' : <code>{name}</code>}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
