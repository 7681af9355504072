import { z } from 'zod';

import { organisationSchema } from '../organisations/index.ts';
import type { OrgSummary } from './types.ts';

const counts = {
  sessions: z.int().nonnegative().meta({ description: 'Distinct session ids.' }),
  users: z.int().nonnegative().meta({ description: 'Distinct known pseudonyms.' }),
  events: z.int().nonnegative(),
};

const nullableName = z.string().nullable();

/** What `GET /v1/orgs/:org/summary` answers, for the OpenAPI document. */
export const orgSummarySchema: z.ZodType<OrgSummary> = z.strictObject({
  org: organisationSchema,
  flows: z.array(
    z.strictObject({
      flow: nullableName.meta({ description: 'Golden path id; null outside every known flow.' }),
      name: z.string(),
      ...counts,
    }),
  ),
  screens: z.array(
    z.strictObject({
      flow: nullableName,
      app: nullableName,
      model: nullableName,
      viewType: nullableName,
      state: nullableName,
      ...counts,
    }),
  ),
  totals: z.strictObject(counts),
});
