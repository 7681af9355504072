import {
  traceEventOf,
  traceHeader,
  writeTraceEvents,
  writeTraceHeader,
} from '../../core/trace/index.ts';
import type { PathlightDb } from './db.ts';
import type { ExportChunk } from './types.ts';

/**
 * Events per export part: about 1 MB of JSON Lines, far below the 64 MiB a runtime message may
 * carry, so a full store of 200,000 events exports in a hundred round trips.
 */
export const EXPORT_CHUNK_EVENTS = 2_000;

export interface ExportOptions {
  /** Continue after this `seq`; null starts the export with its header line. */
  after: number | null;
  /** What writes the trace, e.g. `pathlight-extension/0.1.0`. */
  client: string;
  now: number;
  /** Events in this part. Default `EXPORT_CHUNK_EVENTS`. */
  limit?: number;
}

/**
 * One part of the store as a Pathlight trace (`core/trace`), in the order events were recorded.
 * Parts are read by primary key from where the last one stopped, so the whole store is never in
 * memory at once.
 */
export async function exportEvents(db: PathlightDb, options: ExportOptions): Promise<ExportChunk> {
  const limit = options.limit ?? EXPORT_CHUNK_EVENTS;
  const events = await (
    options.after === null ? db.events.orderBy('id') : db.events.where('id').above(options.after)
  )
    .limit(limit)
    .toArray();

  const header =
    options.after === null ? writeTraceHeader(traceHeader(options.client, options.now)) : '';
  const last = events.at(-1);
  return {
    text: header + writeTraceEvents(events.map(traceEventOf)),
    events: events.length,
    next: events.length === limit && last ? last.id! : null,
  };
}
