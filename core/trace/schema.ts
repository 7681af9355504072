import { z } from 'zod';

import { capturedEventSchema } from '../events/schema.ts';

/**
 * The Pathlight trace: what a user exports from the options page and what `pathlight trace`
 * reads. JSON Lines: a header line, then one event per line. Documented in
 * `docs/trace-format.md`; `docs/trace.schema.json` is generated from the schemas below.
 */

/** The `format` of every trace's header line. */
export const TRACE_FORMAT = 'pathlight-trace';

/** The version this code writes and reads; see the versioning rule in `docs/trace-format.md`. */
export const TRACE_VERSION = 1;

/** The first line of a trace. */
export const traceHeaderSchema = z.object({
  format: z.literal(TRACE_FORMAT),
  version: z.literal(TRACE_VERSION),
  /** When the trace was written, as an ISO 8601 UTC time. */
  exportedAt: z.iso.datetime(),
  /** What wrote it, e.g. `pathlight-extension/0.1.0`. */
  client: z
    .string()
    .min(1)
    .max(120)
    .regex(/^[^\n\r\t]*$/, 'must be one line'),
});

/** The fields a trace adds to each captured event. */
export const traceEventFieldsSchema = z.object({
  /**
   * The local session id: random, generated in the browser, and never linked to a user in the
   * trace.
   */
  session: z
    .string()
    .regex(/^[A-Za-z0-9-]{1,64}$/, 'must be a session id (letters, digits and -, up to 64)'),
  /** The order in which the browser recorded the event: increasing and unique within a trace. */
  seq: z.number().int().positive(),
});

/** One event line: a captured event (`core/events`) with its session and sequence number. */
export const traceEventSchema = z.intersection(capturedEventSchema, traceEventFieldsSchema);

/** Any line of a trace: the header (first line only) or an event. */
export const traceLineSchema = z.union([traceHeaderSchema, traceEventSchema]);

export type TraceHeader = z.infer<typeof traceHeaderSchema>;
export type TraceEvent = z.infer<typeof traceEventSchema>;
