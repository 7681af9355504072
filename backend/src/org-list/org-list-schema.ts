import { z } from 'zod';

import { organisationSchema } from '../organisations/index.ts';

/** What `GET /v1/orgs` answers. */
export const orgListSchema = z.strictObject({
  organisations: z.array(organisationSchema).meta({ description: 'By id.' }),
});

export type OrgList = z.infer<typeof orgListSchema>;
