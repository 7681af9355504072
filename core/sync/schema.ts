import { z } from 'zod';

import { SIGNAL_KINDS } from '../detect/types.ts';
import { HINT_OUTCOMES } from '../events/schema.ts';
import {
  CLIENT_NAME,
  COHORT_NAME,
  DOTTED_NAME,
  FLOW_ID,
  SESSION_ID,
  STATE_KEY,
  STEP_ID,
  TECHNICAL_NAME,
  VIEW_NAME,
} from './row-names.ts';
import { isCalendarDay } from './calendar-day.ts';

/**
 * The sync contract: what an extension posts to the backend. Three kinds of anonymised rows:
 * - screen rows: one user's events on one screen of one session on one day, counted;
 * - session rows: who a session was, as a pseudonym and a cohort, for coverage and cohorts;
 * - attempt rows: one run of a golden path, step by step, with the signals raised at each step.
 * None carries a field value, a record id or a login: the user is an HMAC pseudonym, sessions
 * and attempts random ids.
 */

/** Most rows of each kind one batch may carry. */
export const MAX_ROWS_PER_BATCH = 5_000;

/** Most steps an attempt row may list: the longest built-in path has seven. */
export const MAX_STEPS_PER_ATTEMPT = 50;

/** Most distinct errors kept per step of an attempt. */
export const MAX_ERRORS_PER_STEP = 20;

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

/** Whether a user is new to their job in Odoo: see `docs/cohorts.md`. */
export const TENURES = ['new', 'experienced'] as const;

/**
 * The cohort of a session's user, as IT describes it by policy: role, team or site, tenure.
 * Any part may be unknown (null).
 */
export const cohortSchema = z.strictObject({
  role: shaped(COHORT_NAME, 'a role such as warehouse').nullable(),
  team: shaped(COHORT_NAME, 'a team or site such as north-site').nullable(),
  tenure: z.enum(TENURES).nullable(),
});

export type Cohort = z.infer<typeof cohortSchema>;

/** One session: its user and cohort. Sent once per session and day it was active. */
export const sessionRowSchema = z.strictObject({
  day,
  session: z.string().regex(SESSION_ID, 'must be a random session id (a UUID)'),
  user: pseudonym.nullable(),
  cohort: cohortSchema,
});

export type SessionRow = z.infer<typeof sessionRowSchema>;

const count = z.number().int().min(0).max(1_000_000);
const durationMs = z
  .number()
  .int()
  .min(0)
  .max(7 * 86_400_000);

/** Signals raised at a step, by kind; kinds that did not fire are left out. */
const signalCounts = z.partialRecord(z.enum(SIGNAL_KINDS), count);

/** Hint outcomes at a step, by outcome; outcomes that did not happen are left out. */
const hintCounts = z.partialRecord(z.enum(HINT_OUTCOMES), count);

/** An error Odoo showed at a step, and the field the user changed next, if any. */
export const stepErrorSchema = z.strictObject({
  /** The dialog kind: `user_error`, `validation_error`, `access_error`, ... */
  kind: shaped(TECHNICAL_NAME, 'an error kind such as user_error'),
  /** The button whose click the error answered, or `-` when none did. */
  button: shaped(TECHNICAL_NAME, 'a button name such as button_validate'),
  /** The first field edited after the error, before the next try: where the fix was made. */
  fix: shaped(TECHNICAL_NAME, 'a field name such as lot_name').nullable(),
  /** Times it was shown at this step. */
  count: count.min(1),
});

export type StepError = z.infer<typeof stepErrorSchema>;

/** One step of an attempt, as far as the attempt reached it. */
export const attemptStepSchema = z
  .strictObject({
    step: shaped(STEP_ID, 'a step id such as validate'),
    /** Entries into the step (a return from a detour is a new visit). */
    visits: count.min(1),
    /** Visits with at least one hesitation signal: the Hesitation score counts these. */
    hesitantVisits: count,
    durationMs,
    signals: signalCounts,
    /** The step entered after this one's last visit; null when the attempt ended here. */
    next: shaped(STEP_ID, 'a step id such as validate').nullable(),
    errors: z.array(stepErrorSchema).max(MAX_ERRORS_PER_STEP),
    hints: hintCounts,
  })
  .refine((step) => step.hesitantVisits <= step.visits, {
    error: 'hesitantVisits cannot be more than visits',
    path: ['hesitantVisits'],
  });

export type AttemptStepRow = z.infer<typeof attemptStepSchema>;

/** Deviations of an attempt from its golden path, counted by kind. */
const deviationCounts = z.strictObject({
  skipped: count,
  backtrack: count,
  detour: count,
  loop: count,
});

/** One run of a golden path: how it ended, how long it took, and each step reached. */
export const attemptRowSchema = z.strictObject({
  /** Random id; a batch sent again carries the same ids, so an attempt is stored once. */
  attempt: z.uuid(),
  /** The UTC day the attempt started. */
  day,
  session: z.string().regex(SESSION_ID, 'must be a random session id (a UUID)'),
  user: pseudonym.nullable(),
  cohort: cohortSchema,
  path: shaped(FLOW_ID, 'a golden path id such as inventory.receipt'),
  version: z.number().int().min(1).max(100_000),
  status: z.enum(['completed', 'abandoned']),
  endReason: z.enum(['completed', 'timed_out', 'session_ended']),
  durationMs,
  /** An export-and-reimport or an attempt given up right after an export. */
  workaround: z.boolean(),
  deviations: deviationCounts,
  steps: z.array(attemptStepSchema).min(1).max(MAX_STEPS_PER_ATTEMPT),
});

export type AttemptRow = z.infer<typeof attemptRowSchema>;

export const ingestBatchSchema = z
  .strictObject({
    /** Unique per batch: a retried batch keeps its id so the backend counts it once. */
    batchId: z.uuid(),
    /** The extension's version, for support. */
    client: z.string().regex(CLIENT_NAME, 'must name the software, e.g. pathlight-extension/1.0.0'),
    rows: z.array(aggregateRowSchema).max(MAX_ROWS_PER_BATCH),
    sessions: z.array(sessionRowSchema).max(MAX_ROWS_PER_BATCH).default([]),
    attempts: z.array(attemptRowSchema).max(MAX_ROWS_PER_BATCH).default([]),
  })
  .refine((batch) => batch.rows.length + batch.sessions.length + batch.attempts.length > 0, {
    error: 'a batch must carry at least one row, session or attempt',
    path: ['rows'],
  });

export type IngestBatch = z.infer<typeof ingestBatchSchema>;

/** The backend's answer to an accepted batch. */
export interface IngestReceipt {
  batchId: string;
  /** Screen rows, session rows and attempts this batch added: the sum of `stored`. */
  accepted: number;
  /**
   * What this batch added, by kind. A session day or an attempt that an earlier batch already
   * brought is not stored, nor counted, again.
   */
  stored: { rows: number; sessions: number; attempts: number };
  /** True when this batch id had already been stored; nothing was counted twice. */
  duplicate: boolean;
}

/** Every error the backend returns has this shape. */
export interface ApiError {
  error: { code: string; message: string; issues?: { path: string; message: string }[] };
}
