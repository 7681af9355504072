import type { MiddlewareHandler } from 'hono';

import type { Logger } from '../logger.ts';
import type { AppEnv } from './app-env.ts';

/**
 * Logs one line per request once it is answered. It logs the path without the query string,
 * because dashboard links carry the read token there.
 */
export function requestLog(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const startedAt = performance.now();
    await next();

    const orgId = c.get('orgId');
    logger.info('request', {
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - startedAt) * 10) / 10,
      ...(orgId ? { org: orgId } : {}),
    });
  };
}
