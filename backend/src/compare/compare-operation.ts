import { z } from 'zod';

import { comparisonSchema, metricComparisonSchema } from '../analysis-schemas/index.ts';
import { cohortParam, dayRangeParam, pathParam, stepParam } from '../http/query-params.ts';
import type { ApiOperation } from '../openapi/index.ts';

/** `GET /v1/orgs/:org/compare` in the OpenAPI document. */
export const compareOperation: ApiOperation = {
  id: 'compareWindows',
  method: 'get',
  path: '/v1/orgs/:org/compare',
  tag: 'analysis',
  summary: 'A golden path, or one step of it, before against after, with significance tests',
  description:
    'Completion, hesitation and coverage with the two-proportion z-test, the median time to ' +
    'complete with the Mann–Whitney U test; a difference with p < 0.05 is improved or worse. ' +
    'The verdict follows hesitation for a step, completion for a whole path.',
  auth: 'read',
  pathParams: z.object({ org: z.string().meta({ description: 'The organisation id.' }) }),
  query: z.object({
    path: pathParam.meta({ description: 'Golden path id, e.g. inventory.putaway.' }),
    step: stepParam.optional().meta({ description: 'A step of the path; the whole path without.' }),
    cohort: cohortParam.optional().meta({ description: 'One cohort; every cohort without.' }),
    before: dayRangeParam.meta({ description: 'Days, e.g. 2026-11-02..2026-11-29.' }),
    after: dayRangeParam.meta({ description: 'Days, e.g. 2026-11-30..2026-12-06.' }),
  }),
  responses: {
    200: {
      description: 'The comparison.',
      body: { name: 'Comparison', schema: comparisonSchema },
    },
  },
  errors: [
    'wrong_org',
    'unknown_org',
    'invalid_query',
    'invalid_path',
    'invalid_step',
    'invalid_cohort',
    'invalid_range',
  ],
  nested: [{ name: 'MetricComparison', schema: metricComparisonSchema }],
};
