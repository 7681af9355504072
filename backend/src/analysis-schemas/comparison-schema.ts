import { z } from 'zod';

import type { Comparison, MetricComparison, Verdict } from '../../../core/analysis/index.ts';
import { dayRangeSchema } from './figures-schema.ts';

/** A before/after as the API answers it: `Comparison` of `core/analysis`. */

const VERDICTS = [
  'improved',
  'worse',
  'no_change',
  'insufficient_data',
] as const satisfies readonly Verdict[];

const METRICS = ['completion', 'hesitation', 'coverage', 'time_to_complete'] as const;

export const verdictSchema = z.enum(VERDICTS);

export const metricComparisonSchema: z.ZodType<MetricComparison> = z.strictObject({
  metric: z.enum(METRICS),
  unit: z.enum(['pct', 'ms']),
  before: z.number().nullable(),
  after: z.number().nullable(),
  beforeN: z.int().nonnegative(),
  afterN: z.int().nonnegative(),
  test: z.enum(['two_proportion_z', 'mann_whitney_u']),
  statistic: z.number().nullable().meta({ description: 'z; null when a side had too few.' }),
  pValue: z.number().min(0).max(1).nullable(),
  verdict: verdictSchema,
});

export const comparisonSchema: z.ZodType<Comparison> = z.strictObject({
  target: z.strictObject({
    path: z.string(),
    step: z.string().optional(),
    cohort: z.string().optional(),
  }),
  pathName: z.string(),
  stepName: z.string().nullable(),
  cohortLabel: z.string().nullable(),
  before: dayRangeSchema,
  after: dayRangeSchema,
  metrics: z.array(metricComparisonSchema),
  primary: z.enum(METRICS),
  verdict: verdictSchema,
  summary: z.string(),
});
