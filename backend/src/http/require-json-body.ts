import type { Context, MiddlewareHandler } from 'hono';

import { apiError } from './api-error.ts';
import type { AppEnv } from './app-env.ts';

/**
 * Refuses with 415 `unsupported_media_type` a body not sent as `application/json`, or sent
 * compressed: bodies are read as they come, so a gzip body would otherwise be refused as bad JSON.
 */
export const requireJsonBody: MiddlewareHandler<AppEnv> = async (c, next) => {
  const encoding = c.req.header('content-encoding')?.trim().toLowerCase();
  if (encoding && encoding !== 'identity') {
    return apiError(
      c,
      'unsupported_media_type',
      `The body is sent with "Content-Encoding: ${encoding.slice(0, 100)}". Send it uncompressed.`,
    );
  }
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

/** The body parsed as JSON, or the 400 `invalid_json` answer to send instead. */
export async function readJsonBody(
  c: Context<AppEnv>,
): Promise<{ ok: true; json: unknown } | { ok: false; response: Response }> {
  try {
    return { ok: true, json: JSON.parse(await c.req.text()) };
  } catch (error) {
    return {
      ok: false,
      response: apiError(
        c,
        'invalid_json',
        `The body is not valid JSON (${(error as Error).message}). Send one JSON object.`,
      ),
    };
  }
}
