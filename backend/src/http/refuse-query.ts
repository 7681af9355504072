import type { MiddlewareHandler } from 'hono';
import { z } from 'zod';

import { apiError } from './api-error.ts';
import type { AppEnv } from './app-env.ts';
import { parseQuery } from './parse-query.ts';

/**
 * For an endpoint that takes no query parameters (the `token` of read links aside): refuses any
 * with 400 `invalid_query`, as the endpoints that take some refuse those they do not know.
 */
export const refuseQuery: MiddlewareHandler<AppEnv> = async (c, next) => {
  const parsed = parseQuery(c, z.object({}));
  if (!parsed.ok) return apiError(c, parsed.code, parsed.message);
  await next();
};
