import { z } from 'zod';

import type { Organisation } from './types.ts';

/** An organisation as API answers show it: its id and name, never a token. */
export const organisationSchema: z.ZodType<Organisation> = z.strictObject({
  id: z.string().meta({ description: 'Used in URLs, e.g. /v1/orgs/{id}/summary.' }),
  name: z.string(),
});
