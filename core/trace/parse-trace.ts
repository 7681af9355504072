import type { z } from 'zod';

import {
  TRACE_FORMAT,
  TRACE_VERSION,
  traceEventSchema,
  traceHeaderSchema,
  type TraceEvent,
  type TraceHeader,
} from './schema.ts';
import type { ParsedTrace, TraceError } from './types.ts';

/** Longest excerpt of a bad value quoted in a message. */
const MAX_QUOTE_LENGTH = 40;

/** A non-blank line and its number, counted from 1 as editors do. */
interface Line {
  number: number;
  text: string;
}

type JsonRead = { ok: true; value: unknown } | { ok: false; error: TraceError };

/**
 * Reads a trace. Every bad line is reported by number with a code, and every good event line is
 * kept, so one damaged line does not hide the rest. Blank lines are skipped. A header of another
 * version stops the reading: its events cannot be read as this version's.
 */
export function parseTrace(text: string): ParsedTrace {
  const errors: TraceError[] = [];
  const events: TraceEvent[] = [];
  const [first, ...rest] = nonBlankLines(text);
  if (!first) {
    const error: TraceError = {
      line: 1,
      code: 'missing_header',
      message: `the file is empty: a trace starts with its header {"format":"${TRACE_FORMAT}",...}`,
    };
    return { ok: false, errors: [error], header: null, events };
  }

  let header: TraceHeader | null = null;
  const json = readJson(first);
  if (!json.ok) errors.push(json.error);
  else {
    const read = readHeader(json.value, first.number);
    if (read.ok) header = read.header;
    else {
      errors.push(read.error);
      if (read.error.code === 'unsupported_version') return { ok: false, errors, header, events };
      // A trace that lost its header still has good events; they are kept.
      const event = traceEventSchema.safeParse(json.value);
      if (event.success) events.push(event.data);
    }
  }

  for (const line of rest) {
    const read = readEvent(line);
    if (read.ok) events.push(read.event);
    else errors.push(read.error);
  }

  return errors.length === 0 && header
    ? { ok: true, header, events }
    : { ok: false, errors, header, events };
}

function nonBlankLines(text: string): Line[] {
  return text
    .split(/\r?\n/)
    .map((line, index) => ({ number: index + 1, text: line }))
    .filter((line) => line.text.trim() !== '');
}

function readJson(line: Line): JsonRead {
  try {
    return { ok: true, value: JSON.parse(line.text) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'not JSON';
    const message = `not a JSON value (${reason}): each line must be one JSON object`;
    return { ok: false, error: { line: line.number, code: 'invalid_json', message } };
  }
}

function readHeader(
  value: unknown,
  line: number,
): { ok: true; header: TraceHeader } | { ok: false; error: TraceError } {
  const fields = isRecord(value) ? value : {};
  if (fields.format !== TRACE_FORMAT) return { ok: false, error: missingHeader(line) };

  if (fields.version !== TRACE_VERSION) {
    const message =
      `trace version ${quote(fields.version)} is not supported: this reader reads version ` +
      `${TRACE_VERSION}; read it with the Pathlight release that wrote it`;
    return { ok: false, error: { line, code: 'unsupported_version', message } };
  }

  const parsed = traceHeaderSchema.safeParse(value);
  if (parsed.success) return { ok: true, header: parsed.data };
  const message = `header ${describe(parsed.error, value)}`;
  return { ok: false, error: { line, code: 'invalid_header', message } };
}

function readEvent(line: Line): { ok: true; event: TraceEvent } | { ok: false; error: TraceError } {
  const json = readJson(line);
  if (!json.ok) return json;

  if (isRecord(json.value) && json.value.format === TRACE_FORMAT) {
    const message =
      'a header is only allowed on the first line: were two traces joined? ' +
      'Give them as separate files';
    return { ok: false, error: { line: line.number, code: 'invalid_event', message } };
  }

  const parsed = traceEventSchema.safeParse(json.value);
  if (parsed.success) return { ok: true, event: parsed.data };
  const message = `event ${describe(parsed.error, json.value)}`;
  return { ok: false, error: { line: line.number, code: 'invalid_event', message } };
}

function missingHeader(line: number): TraceError {
  return {
    line,
    code: 'missing_header',
    message:
      `the first line must be the header {"format":"${TRACE_FORMAT}","version":` +
      `${TRACE_VERSION},...}: is this a Pathlight trace?`,
  };
}

/** The first issue, naming where it is and the bad value, e.g. `target.label ("a\nb"): ...`. */
function describe(error: z.ZodError, value: unknown): string {
  const issue = error.issues[0];
  if (!issue) return 'is invalid';

  const path = issue.path.map(String).join('.');
  if (!path) return issue.message;
  const found = valueAt(value, issue.path);
  const shown = found === undefined ? 'missing' : quote(found);
  return `${path} (${shown}): ${issue.message}`;
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (!isRecord(current)) return undefined;
    current = current[key as string];
  }
  return current;
}

function quote(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > MAX_QUOTE_LENGTH ? `${json.slice(0, MAX_QUOTE_LENGTH - 1)}…` : json;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
