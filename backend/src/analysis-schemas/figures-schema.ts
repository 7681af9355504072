import { z } from 'zod';

import type {
  BaselineFigures,
  Cluster,
  DayRange,
  ErrorTally,
  Percentiles,
  StepFigures,
} from '../../../core/analysis/index.ts';
import { SIGNAL_KINDS } from '../../../core/detect/types.ts';

/**
 * What the analysis answers, as zod schemas for the OpenAPI document: the figures of a step and
 * the clusters made of them. Each is typed against the analysis' own type, so a field added there
 * and not here fails to compile. `docs/analysis.md` explains every figure.
 */

const count = z.int().nonnegative();
const pct = z.number().min(0).max(100);

export const dayRangeSchema: z.ZodType<DayRange> = z.strictObject({
  from: z.string().meta({ description: 'First day, YYYY-MM-DD (UTC), included.' }),
  to: z.string().meta({ description: 'Last day, included.' }),
});

export const signalKindSchema = z.enum(SIGNAL_KINDS);

export const percentilesSchema: z.ZodType<Percentiles> = z.strictObject({
  n: count.meta({ description: 'Completed attempts behind the figures.' }),
  p50Ms: count.nullable(),
  p90Ms: count.nullable(),
});

export const errorTallySchema: z.ZodType<ErrorTally> = z.strictObject({
  kind: z.string().meta({ description: 'e.g. server_error, user_error.' }),
  button: z.string().meta({ description: 'The button the error answered, or `-`.' }),
  count: count.meta({ description: 'Times shown.' }),
  attempts: count,
  users: count,
});

export const stepFiguresSchema: z.ZodType<StepFigures> = z.strictObject({
  attempts: count.meta({ description: 'Attempts that reached the step.' }),
  completed: count,
  sessions: count,
  users: count,
  scopeSessions: count.meta({ description: "Sessions in scope: coverage's denominator." }),
  visits: count,
  hesitantVisits: count,
  coveragePct: pct,
  hesitationScore: pct,
  completionPct: pct,
  workaroundPct: pct,
  errorRatePct: pct,
  abandoned: count.meta({ description: 'Attempts given up with this as the furthest step.' }),
  frictionAttempts: count,
  timeToComplete: percentilesSchema,
  signals: z.partialRecord(signalKindSchema, count),
  errors: z.array(errorTallySchema),
});

export const baselineFiguresSchema: z.ZodType<BaselineFigures> = z.strictObject({
  weeks: count.meta({ description: 'Previous weeks in which the step was reached.' }),
  hesitationScore: pct,
  completionPct: pct,
  errorRatePct: pct,
  workaroundPct: pct,
});

export const clusterSchema: z.ZodType<Cluster> = z.strictObject({
  path: z.string(),
  pathName: z.string(),
  module: z.string(),
  step: z.string(),
  stepName: z.string(),
  cohort: z.string().meta({ description: 'role/team/tenure, or `other`.' }),
  cohortLabel: z.string(),
  signal: signalKindSchema.nullable(),
  figures: stepFiguresSchema,
  baseline: baselineFiguresSchema.nullable(),
  severity: z.number().min(0).max(1),
  score: z.number().nonnegative(),
  pseudonyms: z.array(z.string()).meta({ description: 'Displayed pseudonyms, u-1a2b3c4d.' }),
});
