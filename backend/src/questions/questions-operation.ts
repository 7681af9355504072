import { z } from 'zod';

import { QUESTION_EXAMPLES } from '../../../core/analysis/index.ts';
import { questionParam, weekParam } from '../http/query-params.ts';
import type { ApiOperation } from '../openapi/index.ts';
import { questionAnswerSchema } from './questions-schema.ts';

/** `GET /v1/orgs/:org/questions` in the OpenAPI document. */
export const questionsOperation: ApiOperation = {
  id: 'askQuestion',
  method: 'get',
  path: '/v1/orgs/:org/questions',
  tag: 'analysis',
  summary: 'A question in plain words, answered with the figures behind it',
  description:
    `Questions it answers, in the partner's words: ${QUESTION_EXAMPLES.join(' ')} ` +
    'One it cannot answer is answered with `answered: false` and `suggestions`.',
  auth: 'read',
  pathParams: z.object({ org: z.string().meta({ description: 'The organisation id.' }) }),
  query: z.object({
    q: questionParam.meta({ description: 'e.g. "Which module spiked this week?"' }),
    week: weekParam
      .optional()
      .meta({ description: 'The week "this week" means. Default: this week.' }),
  }),
  responses: {
    200: {
      description: 'The answer.',
      body: { name: 'QuestionAnswer', schema: questionAnswerSchema },
    },
  },
  errors: ['wrong_org', 'unknown_org', 'invalid_query', 'invalid_question', 'invalid_week'],
};
