import { z } from 'zod';

import { weekParam } from '../http/query-params.ts';
import type { ApiOperation } from '../openapi/index.ts';
import { organisationSchema } from '../organisations/index.ts';
import { MAX_INTERVENTION_BODY_BYTES } from './interventions-routes.ts';
import {
  interventionListSchema,
  newInterventionSchema,
  recordedInterventionSchema,
} from './interventions-schema.ts';

const pathParams = z.object({ org: z.string().meta({ description: 'The organisation id.' }) });

/** `GET /v1/orgs/:org/interventions` in the OpenAPI document. */
export const listInterventionsOperation: ApiOperation = {
  id: 'listInterventions',
  method: 'get',
  path: '/v1/orgs/:org/interventions',
  tag: 'interventions',
  summary: "The organisation's interventions, each with its before/after",
  description:
    'By day. Each "before" is the 28 days before the intervention\'s day; each "after" runs ' +
    'from its day to the end of `week`, or to the latest data without it.',
  auth: 'read',
  pathParams,
  query: z.object({
    week: weekParam.optional().meta({ description: 'Measure each "after" up to this ISO week.' }),
  }),
  responses: {
    200: {
      description: 'The interventions and their outcomes.',
      body: { name: 'InterventionList', schema: interventionListSchema },
    },
  },
  errors: ['wrong_org', 'unknown_org', 'invalid_query', 'invalid_week'],
  nested: [{ name: 'Organisation', schema: organisationSchema }],
};

/** `POST /v1/orgs/:org/interventions` in the OpenAPI document. */
export const recordInterventionOperation: ApiOperation = {
  id: 'recordIntervention',
  method: 'post',
  path: '/v1/orgs/:org/interventions',
  tag: 'interventions',
  summary: 'Record an intervention: a training, a ticket, new wording or a flow change',
  description:
    'With the same read token the partner reads with. The server gives the id, made of the ' +
    'kind and the day (`training-2026-11-30`, then `-2`, `-3`). The path must be a golden path, ' +
    "the step one of its steps and the cohort one of the organisation's. The same fields sent " +
    'again record nothing new: the answer is 200 with the intervention already recorded. At most ' +
    `${MAX_INTERVENTION_BODY_BYTES / 1024} KiB.`,
  auth: 'read',
  pathParams,
  body: { name: 'NewIntervention', schema: newInterventionSchema },
  responses: {
    200: {
      description: 'Already recorded with the same fields: that one, unchanged.',
      body: { name: 'RecordedIntervention', schema: recordedInterventionSchema },
    },
    201: {
      description: 'Recorded.',
      body: { name: 'RecordedIntervention', schema: recordedInterventionSchema },
    },
  },
  errors: [
    'wrong_org',
    'unknown_org',
    'invalid_json',
    'invalid_body',
    'body_too_large',
    'unsupported_media_type',
  ],
};

/** `DELETE /v1/orgs/:org/interventions/:id` in the OpenAPI document. */
export const deleteInterventionOperation: ApiOperation = {
  id: 'deleteIntervention',
  method: 'delete',
  path: '/v1/orgs/:org/interventions/:id',
  tag: 'interventions',
  summary: 'Take back an intervention recorded by mistake',
  description: 'Its before/after leaves every review; the usage figures do not change.',
  auth: 'read',
  pathParams: pathParams.extend({
    id: z.string().meta({ description: 'The id the server gave, e.g. `training-2026-11-30`.' }),
  }),
  responses: { 204: { description: 'Deleted.' } },
  errors: ['wrong_org', 'unknown_org', 'unknown_intervention'],
};
