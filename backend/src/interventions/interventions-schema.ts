import { z } from 'zod';

import { interventionSchema, type Comparison } from '../../../core/analysis/index.ts';
import { comparisonSchema } from '../analysis-schemas/index.ts';
import { organisationSchema, type Organisation } from '../organisations/index.ts';
import type { NewIntervention, RecordedIntervention } from './types.ts';

/** What `POST /v1/orgs/:org/interventions` takes: an intervention without its id. */
export const newInterventionSchema: z.ZodType<NewIntervention> = interventionSchema.omit({
  id: true,
});

const createdAt = z.string().meta({ description: 'When it was recorded, ISO 8601 in UTC.' });

/** What the POST answers: the intervention with the id the server gave it. */
export const recordedInterventionSchema: z.ZodType<RecordedIntervention> = z.strictObject({
  intervention: interventionSchema,
  createdAt,
});

/** One intervention of the list, with its before/after. */
export interface InterventionWithOutcome extends RecordedIntervention {
  comparison: Comparison;
}

/** What `GET /v1/orgs/:org/interventions` answers. */
export interface InterventionList {
  org: Organisation;
  /** The day each "after" runs to. */
  until: string | null;
  interventions: InterventionWithOutcome[];
}

export const interventionListSchema: z.ZodType<InterventionList> = z.strictObject({
  org: organisationSchema,
  until: z
    .string()
    .nullable()
    .meta({ description: 'The last day of each "after": the week asked for, or the latest data.' }),
  interventions: z.array(
    z.strictObject({ intervention: interventionSchema, createdAt, comparison: comparisonSchema }),
  ),
});
