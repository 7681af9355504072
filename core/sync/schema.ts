import { z } from 'zod';

import { technicalName } from '../screen/schema.ts';

/**
 * The sync contract: what an extension posts to the backend. Rows are anonymised aggregates of
 * one user's events on one screen of one session on one day. They carry no field value, no
 * record id and no login: the user is an HMAC pseudonym, the session a random id.
 */

/** Most rows one batch may carry. */
export const MAX_ROWS_PER_BATCH = 5_000;

const pseudonym = z
  .string()
  .regex(/^[0-9a-f]{16,64}$/, 'must be a hex pseudonym (16 to 64 characters)');

/** A UTC day as `YYYY-MM-DD` that the calendar has (no 2026-02-31), in years 2000 to 2999. */
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a day as YYYY-MM-DD', abort: true })
  .refine(isCalendarDay, {
    error: (issue) => `"${String(issue.input)}" is not a calendar day between 2000 and 2999`,
  });

export const aggregateRowSchema = z.object({
  /** UTC day, `YYYY-MM-DD`. */
  day,
  /** Golden path id the events belong to, or null when outside every known flow. */
  flow: technicalName.nullable(),
  app: technicalName.nullable(),
  model: technicalName.nullable(),
  viewType: technicalName.nullable(),
  state: technicalName.nullable(),
  /** HMAC-SHA256 pseudonym of the user, or null when the user is not known. */
  user: pseudonym.nullable(),
  /** Random id of the session, unrelated to anything in Odoo. */
  session: z.string().regex(/^[0-9a-zA-Z-]{8,64}$/, 'must be an opaque session id'),
  events: z.number().int().min(1).max(1_000_000),
});

export type AggregateRow = z.infer<typeof aggregateRowSchema>;

export const ingestBatchSchema = z.object({
  /** Unique per batch: a retried batch keeps its id so the backend counts it once. */
  batchId: z.uuid(),
  /** The extension's version, for support. */
  client: z
    .string()
    .max(40)
    .regex(/^\P{Cc}*$/u, 'must not contain control characters'),
  rows: z.array(aggregateRowSchema).min(1).max(MAX_ROWS_PER_BATCH),
});

export type IngestBatch = z.infer<typeof ingestBatchSchema>;

/** The backend's answer to an accepted batch. */
export interface IngestReceipt {
  batchId: string;
  accepted: number;
  /** True when this batch id had already been stored; nothing was counted twice. */
  duplicate: boolean;
}

/** Every error the backend returns has this shape. */
export interface ApiError {
  error: { code: string; message: string; issues?: { path: string; message: string }[] };
}

function isCalendarDay(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return false;
  const year = date.getUTCFullYear();
  // `Date` rolls 2026-02-31 over to March; only a real day reads back unchanged.
  return year >= 2000 && year <= 2999 && date.toISOString().slice(0, 10) === value;
}
