import type { Context } from 'hono';
import type { z } from 'zod';

import type { ApiErrorCode } from './api-errors.ts';
import { PARAM_CODES } from './query-params.ts';

/** A refused query: the code and a message that names the parameter, its value and the fix. */
export interface QueryRefusal {
  ok: false;
  code: ApiErrorCode;
  message: string;
}

export type QueryResult<T> = { ok: true; query: T } | QueryRefusal;

export interface ParseQueryOptions {
  /**
   * Refuse parameters the schema does not name. Default true: a misspelt `wek` is an error the
   * caller should see. Pages pass false, since links may pick up parameters of their own.
   */
  strict?: boolean;
}

/** Longest part of a bad value repeated in a message. */
const MAX_SHOWN_CHARS = 80;

/**
 * Parses a request's query string against `schema`. `token` is the read token, not a parameter,
 * and an empty value (a form's "all" choice) counts as not given. The first problem is refused
 * with the code of its parameter, e.g. `invalid_week`: `week "2026-49" must be an ISO week such
 * as 2026-W49`.
 */
export function parseQuery<T extends z.ZodObject>(
  c: Context,
  schema: T,
  options: ParseQueryOptions = {},
): QueryResult<z.output<T>> {
  const raw: Record<string, string> = {};
  const known = Object.keys(schema.shape);
  for (const [name, values] of Object.entries(c.req.queries())) {
    if (name === 'token') continue;
    if (!known.includes(name)) {
      if (options.strict === false) continue;
      const takes = known.length === 0 ? 'no parameters' : known.join(', ');
      return refuse('invalid_query', `unknown parameter "${shown(name)}": this takes ${takes}`);
    }
    const given = values.filter((value) => value !== '');
    if (given.length > 1) return refuse('invalid_query', `${name} is given twice: give it once`);
    if (given[0] !== undefined) raw[name] = given[0];
  }

  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, query: parsed.data };

  const issue = parsed.error.issues[0]!;
  const name = String(issue.path[0] ?? '');
  const code = PARAM_CODES[name] ?? 'invalid_query';
  const value = raw[name];
  if (name === '') return refuse(code, issue.message);
  const message =
    value === undefined
      ? `${name} is missing: it ${issue.message}`
      : `${name} "${shown(value)}" ${issue.message}`;
  return refuse(code, message);
}

function shown(value: string): string {
  return value.length > MAX_SHOWN_CHARS ? `${value.slice(0, MAX_SHOWN_CHARS)}…` : value;
}

function refuse(code: ApiErrorCode, message: string): QueryRefusal {
  return { ok: false, code, message };
}
