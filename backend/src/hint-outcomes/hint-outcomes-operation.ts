import { z } from 'zod';

import { cohortParam, moduleParam, weekParam } from '../http/query-params.ts';
import type { ApiOperation } from '../openapi/index.ts';
import { organisationSchema } from '../organisations/index.ts';
import { hintOutcomeListSchema } from './hint-outcomes-schema.ts';

/** `GET /v1/orgs/:org/hints/outcomes` in the OpenAPI document. */
export const hintOutcomesOperation: ApiOperation = {
  id: 'listHintOutcomes',
  method: 'get',
  path: '/v1/orgs/:org/hints/outcomes',
  tag: 'analysis',
  summary: 'What became of the hints shown at each step in a week',
  description:
    'Shown, followed (the user then did the step the hint pointed at), got it, not helpful ' +
    'and dismissed, added up over the attempts that started in the week.',
  auth: 'read',
  pathParams: z.object({ org: z.string().meta({ description: 'The organisation id.' }) }),
  query: z.object({
    week: weekParam.optional().meta({ description: 'ISO week. Default: this week.' }),
    module: moduleParam.optional().meta({ description: 'Only paths of this module.' }),
    cohort: cohortParam.optional().meta({ description: 'Only this cohort.' }),
  }),
  responses: {
    200: {
      description: 'The steps with hints.',
      body: { name: 'HintOutcomeList', schema: hintOutcomeListSchema },
    },
  },
  errors: [
    'wrong_org',
    'unknown_org',
    'invalid_query',
    'invalid_week',
    'invalid_module',
    'invalid_cohort',
  ],
  nested: [{ name: 'Organisation', schema: organisationSchema }],
};
