import { z } from 'zod';

import type { DayRange, IsoWeek } from '../../../core/analysis/index.ts';
import { HINT_OUTCOMES } from '../../../core/events/schema.ts';
import { dayRangeSchema } from '../analysis-schemas/index.ts';
import { organisationSchema, type Organisation } from '../organisations/index.ts';
import type { StepHintOutcomes } from './types.ts';

/** What `GET /v1/orgs/:org/hints/outcomes` answers. */
export interface HintOutcomeList {
  org: Organisation;
  week: IsoWeek;
  range: DayRange;
  module: string | null;
  cohort: string | null;
  /** Steps where a hint was shown or answered, in golden-path order. */
  steps: StepHintOutcomes[];
}

const count = z.int().nonnegative();

export const stepHintOutcomesSchema: z.ZodType<StepHintOutcomes> = z.strictObject({
  path: z.string(),
  pathName: z.string(),
  module: z.string(),
  step: z.string(),
  stepName: z.string(),
  outcomes: z.strictObject(
    Object.fromEntries(HINT_OUTCOMES.map((outcome) => [outcome, count])) as Record<
      (typeof HINT_OUTCOMES)[number],
      typeof count
    >,
  ),
  followedPct: z.number().min(0).max(100).nullable(),
});

export const hintOutcomeListSchema: z.ZodType<HintOutcomeList> = z.strictObject({
  org: organisationSchema,
  week: z.string(),
  range: dayRangeSchema,
  module: z.string().nullable(),
  cohort: z.string().nullable(),
  steps: z.array(stepHintOutcomesSchema),
});
