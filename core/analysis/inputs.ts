import { z } from 'zod';

import { isCalendarDay } from '../sync/calendar-day.ts';
import { FLOW_ID, STEP_ID } from '../sync/row-names.ts';

/**
 * What a partner hands the analysis besides the stored rows: the interventions they recorded and
 * the settings of their organisation. Both arrive over HTTP or from a file, so both have a schema.
 */

/** What a partner did about a problem: taught people, filed a ticket, reworded, changed a flow. */
export const INTERVENTION_KINDS = ['training', 'ticket', 'microcopy', 'flow_change'] as const;

/** Smallest number of distinct users a cohort must have to be shown on its own. */
export const DEFAULT_MIN_GROUP_USERS = 3;

// A day the calendar does not have (2026-02-31) would be read as a later one by the week
// arithmetic, and refused by a database's date column: it is refused here instead.
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a day as YYYY-MM-DD', abort: true })
  .refine(isCalendarDay, {
    error: (issue) => `"${String(issue.input)}" is not a calendar day between 2000 and 2999`,
  });

/** One part of a cohort key, shaped as the sync contract shapes roles and teams. */
const PART = '[a-z0-9]+(?:[_-][a-z0-9]+)*';

/** A cohort key: `role/team/tenure` with `unknown` for a missing part, or `other`. */
const cohortKey = z
  .string()
  .regex(
    new RegExp(`^(?:other|${PART}/${PART}/${PART})$`),
    'must be a cohort such as warehouse/north-site/new, or other',
  );

export const interventionSchema = z.strictObject({
  /** The partner's own id for it, unique in the organisation. */
  id: z.string().min(1).max(80),
  /** The day it took effect: training given, fix deployed, wording changed. */
  day,
  kind: z.enum(INTERVENTION_KINDS),
  /** The golden path it is about. */
  path: z.string().regex(FLOW_ID, 'must be a golden path id such as inventory.putaway'),
  /** The step it is about; the whole path when left out. */
  step: z.string().regex(STEP_ID, 'must be a step id such as destination').optional(),
  /** The cohort it was for (`role/team/tenure`); every cohort when left out. */
  cohort: cohortKey.optional(),
  /** What was done, in the partner's words. */
  note: z.string().max(2000).default(''),
});

export type Intervention = z.infer<typeof interventionSchema>;
export type InterventionKind = (typeof INTERVENTION_KINDS)[number];

export const analysisSettingsSchema = z.strictObject({
  /** Cohorts with fewer distinct users are merged into `other` everywhere. Default 3. */
  minGroupUsers: z.number().int().min(1).max(1000).default(DEFAULT_MIN_GROUP_USERS),
});

export type AnalysisSettings = z.infer<typeof analysisSettingsSchema>;
