import type { Context } from 'hono';

import type { ApiError } from '../../../core/sync/index.ts';
import type { Issue } from '../zod-issues.ts';
import { API_ERRORS, type ApiErrorCode } from './api-errors.ts';

/**
 * Answers with the backend's one error shape, `{ error: { code, message, issues? } }`, and the
 * status that `API_ERRORS` gives the code.
 */
export function apiError(
  c: Context,
  code: ApiErrorCode,
  message: string,
  issues?: Issue[],
): Response {
  const body: ApiError = { error: { code, message, ...(issues ? { issues } : {}) } };
  return c.json(body, API_ERRORS[code].status);
}
