import { z } from 'zod';

import {
  cohortParam,
  MAX_TREND_WEEKS,
  moduleParam,
  pathParam,
  stepParam,
  weekParam,
  weeksParam,
} from '../http/query-params.ts';
import type { ApiOperation } from '../openapi/index.ts';
import { organisationSchema } from '../organisations/index.ts';
import { DEFAULT_TREND_WEEKS } from './trends-routes.ts';
import { trendListSchema } from './trends-schema.ts';

/** `GET /v1/orgs/:org/trends` in the OpenAPI document. */
export const trendsOperation: ApiOperation = {
  id: 'getTrends',
  method: 'get',
  path: '/v1/orgs/:org/trends',
  tag: 'analysis',
  summary: 'Coverage, completion, hesitation score and workaround rate, week by week',
  description:
    'Measured as clusters are, over the attempts the filter keeps; with `step`, at that step. ' +
    'A rate is null in a week with nothing to measure it on.',
  auth: 'read',
  pathParams: z.object({ org: z.string().meta({ description: 'The organisation id.' }) }),
  query: z.object({
    weeks: weeksParam.optional().meta({
      description: `How many weeks, 1 to ${MAX_TREND_WEEKS}. Default ${DEFAULT_TREND_WEEKS}.`,
    }),
    week: weekParam.optional().meta({ description: 'The last week shown. Default: this week.' }),
    module: moduleParam.optional().meta({ description: 'Only paths of this module.' }),
    path: pathParam.optional().meta({ description: 'Only this golden path.' }),
    step: stepParam.optional().meta({ description: 'Only this step of `path`.' }),
    cohort: cohortParam.optional().meta({ description: 'Only this cohort.' }),
  }),
  responses: {
    200: {
      description: 'The weeks, oldest first.',
      body: { name: 'TrendList', schema: trendListSchema },
    },
  },
  errors: [
    'wrong_org',
    'unknown_org',
    'invalid_query',
    'invalid_weeks',
    'invalid_week',
    'invalid_module',
    'invalid_path',
    'invalid_step',
    'invalid_cohort',
  ],
  nested: [{ name: 'Organisation', schema: organisationSchema }],
};
