import type { TraceEvent, TraceHeader } from './schema.ts';

/** Why a line of a trace was refused. */
export type TraceErrorCode =
  'invalid_json' | 'missing_header' | 'invalid_header' | 'unsupported_version' | 'invalid_event';

/** A line that was refused, numbered from 1 as editors do. */
export interface TraceError {
  line: number;
  code: TraceErrorCode;
  message: string;
}

/** What `parseTrace` returns. A trace with bad lines still yields its good ones. */
export type ParsedTrace =
  | { ok: true; header: TraceHeader; events: TraceEvent[] }
  | { ok: false; errors: TraceError[]; header: TraceHeader | null; events: TraceEvent[] };
