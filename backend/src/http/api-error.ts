import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

import type { ApiError } from '../../../core/sync/index.ts';
import type { Issue } from '../zod-issues.ts';

/** Answers with the backend's one error shape, `{ error: { code, message, issues? } }`. */
export function apiError(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  message: string,
  issues?: Issue[],
): Response {
  const body: ApiError = { error: { code, message, ...(issues ? { issues } : {}) } };
  return c.json(body, status);
}
