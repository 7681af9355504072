import type { StoredEvent } from '../events/schema.ts';
import { TRACE_FORMAT, TRACE_VERSION, type TraceEvent, type TraceHeader } from './schema.ts';

/** The header line of a trace written now by `client` (e.g. `pathlight-extension/0.1.0`). */
export function traceHeader(client: string, now: number): TraceHeader {
  return {
    format: TRACE_FORMAT,
    version: TRACE_VERSION,
    exportedAt: new Date(now).toISOString(),
    client,
  };
}

/**
 * A stored event as a trace line: its store key becomes `seq`, and its sync state, which only
 * matters to this browser, is left out.
 */
export function traceEventOf(event: StoredEvent): TraceEvent {
  const { id, session, ...captured } = event;
  if (id === undefined) throw new Error('traceEventOf: the event has no store id yet');

  // `seq` and `session` first, so that a line reads in the order a person looks for.
  const line: Record<string, unknown> = { seq: id, session, ...captured };
  delete line.sync;
  return line as TraceEvent;
}

/** The header line, ending in a newline. */
export function writeTraceHeader(header: TraceHeader): string {
  return `${JSON.stringify(header)}\n`;
}

/** Event lines only, each ending in a newline: what follows the header, or a later part of it. */
export function writeTraceEvents(events: readonly TraceEvent[]): string {
  return events.map((event) => `${JSON.stringify(event)}\n`).join('');
}

/** A whole trace: the header line, then one line per event in the order given. */
export function writeTrace(header: TraceHeader, events: readonly TraceEvent[]): string {
  return writeTraceHeader(header) + writeTraceEvents(events);
}
