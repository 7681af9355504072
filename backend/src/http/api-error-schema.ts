import { z } from 'zod';

import type { ApiError } from '../../../core/sync/index.ts';
import { API_ERRORS, type ApiErrorCode } from './api-errors.ts';

const codes = Object.keys(API_ERRORS) as [ApiErrorCode, ...ApiErrorCode[]];

/** Every API error's body, for the OpenAPI document. */
export const apiErrorSchema: z.ZodType<ApiError> = z.strictObject({
  error: z.strictObject({
    code: z.enum(codes).meta({ description: 'Stable; match on it, not on the message.' }),
    message: z.string().meta({ description: 'Names the bad value and the fix.' }),
    issues: z
      .array(
        z.strictObject({
          path: z.string().meta({ description: 'e.g. attempts[0].steps[1].hesitantVisits' }),
          message: z.string(),
        }),
      )
      .optional()
      .meta({ description: 'With invalid_body: every problem, by path.' }),
  }),
});
