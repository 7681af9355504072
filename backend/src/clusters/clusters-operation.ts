import { z } from 'zod';

import { clusterSchema } from '../analysis-schemas/index.ts';
import { cohortParam, moduleParam, weekParam } from '../http/query-params.ts';
import type { ApiOperation } from '../openapi/index.ts';
import { organisationSchema } from '../organisations/index.ts';
import { clusterListSchema } from './clusters-schema.ts';

/** `GET /v1/orgs/:org/clusters` in the OpenAPI document. */
export const clustersOperation: ApiOperation = {
  id: 'listClusters',
  method: 'get',
  path: '/v1/orgs/:org/clusters',
  tag: 'analysis',
  summary: "The week's friction clusters, highest score first",
  description:
    'One cluster per golden path, step and cohort where a signal was raised, with its figures ' +
    "and the previous weeks' mean. A cohort merged into `other` filters on `other`.",
  auth: 'read',
  pathParams: z.object({ org: z.string().meta({ description: 'The organisation id.' }) }),
  query: z.object({
    week: weekParam
      .optional()
      .meta({ description: 'ISO week, e.g. 2026-W49. Default: this week.' }),
    module: moduleParam.optional().meta({ description: 'Only paths of this module, e.g. stock.' }),
    cohort: cohortParam
      .optional()
      .meta({ description: 'Only this cohort, e.g. warehouse/north-site/new.' }),
  }),
  responses: {
    200: {
      description: 'The clusters.',
      body: { name: 'ClusterList', schema: clusterListSchema },
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
  nested: [
    { name: 'Organisation', schema: organisationSchema },
    { name: 'Cluster', schema: clusterSchema },
  ],
};
