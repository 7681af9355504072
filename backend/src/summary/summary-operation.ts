import { z } from 'zod';

import type { ApiOperation } from '../openapi/index.ts';
import { organisationSchema } from '../organisations/index.ts';
import { orgSummarySchema } from './summary-schema.ts';

/** `GET /v1/orgs/:org/summary` in the OpenAPI document. */
export const summaryOperation: ApiOperation = {
  id: 'getOrgSummary',
  method: 'get',
  path: '/v1/orgs/:org/summary',
  tag: 'organisations',
  summary: "An organisation's counts per flow, per screen and in total",
  description: 'Over everything received, busiest first.',
  auth: 'read',
  pathParams: z.object({ org: z.string().meta({ description: 'The organisation id.' }) }),
  responses: {
    200: {
      description: 'The counts.',
      body: { name: 'OrgSummary', schema: orgSummarySchema },
      headers: { 'Cache-Control': '`no-store`: counts change with every batch.' },
    },
  },
  errors: ['wrong_org', 'unknown_org', 'invalid_query'],
  nested: [{ name: 'Organisation', schema: organisationSchema }],
};
