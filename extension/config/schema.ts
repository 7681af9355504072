import { z } from 'zod';

import { thresholdOverridesSchema } from '../../core/detect/thresholds.ts';
import { MIN_SECRET_CHARS } from '../../core/identity/pseudonym.ts';
import { COHORT_NAME } from '../../core/sync/row-names.ts';

/** How often aggregates are sent when nothing else asks for a sync. */
export const DEFAULT_SYNC_INTERVAL_MINUTES = 5;

/** Days an event stays in the browser once it no longer waits to be synced. */
export const DEFAULT_RETENTION_DAYS = 30;

/**
 * Most events kept in the browser. At a few hundred bytes each, 200,000 events are well under
 * 100 MB, and a month of one busy user's Odoo day.
 */
export const DEFAULT_MAX_STORED_EVENTS = 200_000;

/**
 * Days a user counts as new after `cohort.userSince`: the first two months are when people still
 * learn their way around Odoo, and when a knowledge gap shows.
 */
export const DEFAULT_NEW_USER_DAYS = 60;

const cohortName = (example: string) =>
  z.string().regex(COHORT_NAME, `must be lower-case words joined by - or _, such as "${example}"`);

/** Who uses this browser, as IT describes them: it makes the cohorts partners compare. */
export const cohortConfigSchema = z.strictObject({
  /** The user's job, e.g. `warehouse`, `accounting`, `sales`. */
  role: cohortName('warehouse').optional(),
  /** Their team or site, e.g. `north-site`. */
  team: cohortName('north-site').optional(),
  /** The day they started working in Odoo, `YYYY-MM-DD`: tells new users from experienced ones. */
  userSince: z.iso.date('must be a day such as 2026-09-01').optional(),
});

/**
 * The configuration IT sets by managed policy (or, on an unmanaged browser, the options page).
 * Every field is optional: without a backend the extension still captures into its local store.
 */
export const configSchema = z.object({
  /** Backend origin, e.g. `https://pathlight.example.com`. No default: nothing is sent without it. */
  backendUrl: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  /** The organisation's write-only ingest token. */
  ingestToken: z.string().min(8, 'must be the token the partner issued').optional(),
  /** Secret for user pseudonyms. Without it, users are not identified at all. */
  pseudonymSecret: z
    .string()
    .min(MIN_SECRET_CHARS, `must be at least ${MIN_SECRET_CHARS} characters`)
    .optional(),
  /** Odoo host names to capture on; empty or absent means every Odoo web client. */
  odooHosts: z.array(z.string().min(1)).default([]),
  /** Minutes between syncs. Default 5. */
  syncIntervalMinutes: z.number().int().min(1).max(1440).default(DEFAULT_SYNC_INTERVAL_MINUTES),
  /**
   * Days events are kept once synced (or at once, without a backend); events waiting to be synced
   * are never deleted. Default 30.
   */
  retentionDays: z.number().int().min(1).max(3650).default(DEFAULT_RETENTION_DAYS),
  /**
   * Most events kept; above it the oldest synced events are deleted first, and events waiting to
   * be synced never are. Default 200,000.
   */
  maxStoredEvents: z
    .number()
    .int()
    .min(1_000, 'must be at least 1000')
    .max(10_000_000, 'must be at most 10000000')
    .default(DEFAULT_MAX_STORED_EVENTS),
  /**
   * Overrides of the friction detectors' thresholds (`docs/signals.md`), e.g. `{"rageClicks": 4}`.
   * Default: none, every threshold at its documented default.
   */
  detectorThresholds: thresholdOverridesSchema.optional(),
  /** Inline hints for users who are stuck. IT turns them off with `false`. Default true. */
  hints: z.boolean().default(true),
  /** The user's role, team and start day (`docs/cohorts.md`). Default: all unknown. */
  cohort: cohortConfigSchema.optional(),
  /** Days a user counts as new after `cohort.userSince`. Default 60. */
  newUserDays: z.number().int().min(1).max(3650).default(DEFAULT_NEW_USER_DAYS),
});

export type Config = z.infer<typeof configSchema>;

/** A configuration problem shown on the options page and in the log. */
export interface ConfigIssue {
  code: 'invalid_policy' | 'invalid_local_config';
  message: string;
}
