import { z } from 'zod';

import { dayRangeSchema } from '../analysis-schemas/index.ts';
import { organisationSchema, type Organisation } from '../organisations/index.ts';
import type { TrendFilter, WeekSignals } from './types.ts';

/** What `GET /v1/orgs/:org/trends` answers. */
export interface TrendList {
  org: Organisation;
  /** The filter as applied. */
  filter: TrendFilter;
  /** Oldest first, ending with the week asked for. */
  weeks: WeekSignals[];
}

const pct = z.number().min(0).max(100).nullable();

export const weekSignalsSchema: z.ZodType<WeekSignals> = z.strictObject({
  week: z.string(),
  range: dayRangeSchema,
  sessions: z.int().nonnegative().meta({ description: 'Sessions in scope that week.' }),
  attempts: z.int().nonnegative(),
  coveragePct: pct,
  completionPct: pct,
  hesitationScore: pct,
  workaroundPct: pct,
});

export const trendListSchema: z.ZodType<TrendList> = z.strictObject({
  org: organisationSchema,
  filter: z.strictObject({
    module: z.string().optional(),
    path: z.string().optional(),
    step: z.string().optional(),
    cohort: z.string().optional(),
  }),
  weeks: z.array(weekSignalsSchema),
});
