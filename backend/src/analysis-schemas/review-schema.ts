import { z } from 'zod';

import {
  INTERVENTION_KINDS,
  interventionSchema,
  type Cause,
  type CohortSummary,
  type Evidence,
  type EvidenceRule,
  type InterventionOutcome,
  type ProposedIntervention,
  type ReviewItem,
  type WeeklyReview,
} from '../../../core/analysis/index.ts';
import { comparisonSchema } from './comparison-schema.ts';
import {
  baselineFiguresSchema,
  clusterSchema,
  dayRangeSchema,
  signalKindSchema,
  stepFiguresSchema,
} from './figures-schema.ts';

/** The weekly review as the API answers it: `WeeklyReview` of `core/analysis`. */

const CAUSES = ['bug', 'knowledge', 'ux_process'] as const satisfies readonly Cause[];

const EVIDENCE_RULES = [
  'server_errors',
  'dead_clicks',
  'same_error_across_cohorts',
  'starts_on_day',
  'new_users_hesitate',
  'few_users_hesitate',
  'experienced_hesitate',
  'loops',
  'detours',
  'workarounds',
  'form_friction',
  'refusals',
  'no_pattern',
] as const satisfies readonly EvidenceRule[];

// A rule the analysis adds and this list lacks would be left out of the document: fail to compile.
const everyRule: Exclude<EvidenceRule, (typeof EVIDENCE_RULES)[number]> extends never
  ? true
  : false = true;
void everyRule;

const count = z.int().nonnegative();

export const causeSchema = z.enum(CAUSES);

export const evidenceSchema: z.ZodType<Evidence> = z.strictObject({
  cause: causeSchema,
  rule: z.enum(EVIDENCE_RULES),
  text: z.string().meta({ description: 'One sentence with its numbers.' }),
});

export const proposedInterventionSchema: z.ZodType<ProposedIntervention> = z.strictObject({
  kind: z.enum(INTERVENTION_KINDS),
  path: z.string(),
  step: z.string(),
  cohorts: z.array(z.string()),
  title: z.string(),
  text: z.string().meta({ description: 'The ticket, wording or training brief, ready to paste.' }),
  pseudonyms: z.array(z.string()),
});

export const reviewItemSchema: z.ZodType<ReviewItem> = z.strictObject({
  rank: z.int().min(1),
  path: z.string(),
  pathName: z.string(),
  module: z.string(),
  step: z.string(),
  stepName: z.string(),
  signal: signalKindSchema.nullable(),
  cohorts: z.array(z.string()),
  cohortLabels: z.array(z.string()),
  cause: causeSchema,
  evidence: z.array(evidenceSchema),
  firstDay: z.string().nullable().meta({ description: 'The day the problem started, if one.' }),
  figures: stepFiguresSchema,
  baseline: baselineFiguresSchema.nullable(),
  severity: z.number().min(0).max(1),
  score: z.number().nonnegative(),
  pseudonyms: z.array(z.string()),
  intervention: proposedInterventionSchema,
});

export const cohortSummarySchema: z.ZodType<CohortSummary> = z.strictObject({
  key: z.string(),
  label: z.string(),
  users: count,
  sessions: count,
  mergedFrom: z.array(z.string()).meta({ description: 'For `other`: the cohorts merged in.' }),
});

export const interventionOutcomeSchema: z.ZodType<InterventionOutcome> = z.strictObject({
  intervention: interventionSchema,
  comparison: comparisonSchema,
});

export const weeklyReviewSchema: z.ZodType<WeeklyReview> = z.strictObject({
  organisation: z.string(),
  week: z.string().meta({ description: 'ISO week, e.g. 2026-W49.' }),
  range: dayRangeSchema,
  baselineWeeks: z.array(z.string()),
  totals: z.strictObject({ sessions: count, attempts: count, users: count }),
  cohorts: z.array(cohortSummarySchema),
  top: z.array(reviewItemSchema).meta({ description: 'At most three, by reach × severity.' }),
  clusters: z.array(clusterSchema),
  interventions: z.array(interventionOutcomeSchema),
});
