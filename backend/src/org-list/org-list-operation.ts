import type { ApiOperation } from '../openapi/index.ts';
import { organisationSchema } from '../organisations/index.ts';
import { orgListSchema } from './org-list-schema.ts';

/** `GET /v1/orgs` in the OpenAPI document. */
export const orgListOperation: ApiOperation = {
  id: 'listOrganisations',
  method: 'get',
  path: '/v1/orgs',
  tag: 'organisations',
  summary: 'The organisations this read token may read',
  description:
    "A partner's read token lists the organisations the organisations file gives the partner; " +
    "an organisation's own read token lists that organisation alone.",
  auth: 'read',
  responses: {
    200: {
      description: 'The readable organisations, by id.',
      body: { name: 'OrgList', schema: orgListSchema },
      headers: { 'Cache-Control': '`no-store`: the list changes with the organisations file.' },
    },
  },
  errors: ['invalid_query'],
  nested: [{ name: 'Organisation', schema: organisationSchema }],
};
