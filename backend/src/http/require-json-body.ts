import type { MiddlewareHandler } from 'hono';

import { apiError } from './api-error.ts';
import type { AppEnv } from './app-env.ts';

/** Refuses a body not sent as `application/json` with 415 `unsupported_media_type`. */
export const requireJsonBody: MiddlewareHandler<AppEnv> = async (c, next) => {
  const contentType = c.req.header('content-type') ?? '';
  const mediaType = contentType.split(';')[0]?.trim().toLowerCase();
  if (mediaType !== 'application/json') {
    return apiError(
      c,
      'unsupported_media_type',
      `The body is sent as "${contentType.slice(0, 100) || 'no content type'}". Send JSON with ` +
        '"Content-Type: application/json".',
    );
  }
  await next();
};
