import { z } from 'zod';

import {
  clusterSchema,
  comparisonSchema,
  reviewItemSchema,
  weeklyReviewSchema,
} from '../analysis-schemas/index.ts';
import { formatParam, weekParam } from '../http/query-params.ts';
import type { ApiOperation } from '../openapi/index.ts';

/** `GET /v1/orgs/:org/review` in the OpenAPI document. */
export const reviewOperation: ApiOperation = {
  id: 'getWeeklyReview',
  method: 'get',
  path: '/v1/orgs/:org/review',
  tag: 'analysis',
  summary: "The organisation's weekly review: the top problems, their cause and intervention",
  description:
    'The three problems with the highest reach × severity, each with its likely cause, the ' +
    'evidence, the cohorts and pseudonyms affected and the intervention it calls for; the ' +
    "before/after of every intervention recorded by the week's end; every cluster of the week. " +
    '`format=markdown` or `format=html` renders it for a ticket, a mail or the call.',
  auth: 'read',
  pathParams: z.object({ org: z.string().meta({ description: 'The organisation id.' }) }),
  query: z.object({
    week: weekParam
      .optional()
      .meta({ description: 'ISO week, e.g. 2026-W49. Default: this week.' }),
    format: formatParam.optional().meta({ description: 'Default json.' }),
  }),
  responses: {
    200: {
      description: 'The review.',
      body: { name: 'WeeklyReview', schema: weeklyReviewSchema },
      otherMediaTypes: ['text/markdown', 'text/html'],
      headers: { 'Cache-Control': '`no-store`: it changes with every batch.' },
    },
  },
  errors: ['wrong_org', 'unknown_org', 'invalid_query', 'invalid_week', 'invalid_format'],
  nested: [
    { name: 'ReviewItem', schema: reviewItemSchema },
    { name: 'Cluster', schema: clusterSchema },
    { name: 'Comparison', schema: comparisonSchema },
  ],
};
