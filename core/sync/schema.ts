import { z } from 'zod';

import {
  CLIENT_NAME,
  DOTTED_NAME,
  FLOW_ID,
  SESSION_ID,
  STATE_KEY,
  VIEW_NAME,
} from './row-names.ts';

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

const shaped = (shape: RegExp, what: string) => z.string().max(128).regex(shape, `must be ${what}`);

/** Unknown keys are refused, not dropped: a sender that adds a field must be told. */
export const aggregateRowSchema = z.strictObject({
  /** UTC day, `YYYY-MM-DD`. */
  day,
  /** Golden path id the events belong to, or null when outside every known flow. */
  flow: shaped(FLOW_ID, 'a golden path id such as inventory.receipt').nullable(),
  /** The app's root menu xmlid. */
  app: shaped(DOTTED_NAME, 'a menu xmlid such as stock.menu_stock_root').nullable(),
  model: shaped(DOTTED_NAME, 'a model name such as stock.picking').nullable(),
  viewType: shaped(VIEW_NAME, 'a view type such as form, or a client action tag').nullable(),
  state: shaped(STATE_KEY, 'a state key such as assigned').nullable(),
  /** HMAC-SHA256 pseudonym of the user, or null when the user is not known. */
  user: pseudonym.nullable(),
  /** Random id of the session, unrelated to anything in Odoo. */
  session: z.string().regex(SESSION_ID, 'must be a random session id (a UUID)'),
  events: z.number().int().min(1).max(1_000_000),
});

export type AggregateRow = z.infer<typeof aggregateRowSchema>;

export const ingestBatchSchema = z.strictObject({
  /** Unique per batch: a retried batch keeps its id so the backend counts it once. */
  batchId: z.uuid(),
  /** The extension's version, for support. */
  client: z.string().regex(CLIENT_NAME, 'must name the software, e.g. pathlight-extension/1.0.0'),
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
