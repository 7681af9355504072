export { TRACE_SCHEMA_PATH, traceJsonSchema } from './json-schema.ts';
export { parseTrace } from './parse-trace.ts';
export {
  TRACE_FORMAT,
  TRACE_VERSION,
  traceEventFieldsSchema,
  traceEventSchema,
  traceHeaderSchema,
  traceLineSchema,
} from './schema.ts';
export type { TraceEvent, TraceHeader } from './schema.ts';
export { summariseTrace } from './summarise-trace.ts';
export type { ScreenSummary, SessionSummary, TraceSummary } from './summarise-trace.ts';
export type { ParsedTrace, TraceError, TraceErrorCode } from './types.ts';
export {
  traceEventOf,
  traceHeader,
  writeTrace,
  writeTraceEvents,
  writeTraceHeader,
} from './write-trace.ts';
