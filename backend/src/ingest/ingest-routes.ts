import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

import type { IngestReceipt } from '../../../core/sync/index.ts';
import { apiError } from '../http/api-error.ts';
import type { AppEnv } from '../http/app-env.ts';
import { bearerToken } from '../http/bearer-token.ts';
import { checkIngestAccess } from '../http/check-access.ts';
import type { Store } from '../store/index.ts';
import { summariseIssues } from '../zod-issues.ts';
import { parseBatch } from './parse-batch.ts';
import { storeBatch } from './store-batch.ts';

/** Largest ingest body accepted. A full batch of 5,000 rows is about 1.3 MB of JSON. */
export const MAX_INGEST_BODY_BYTES = 2 * 1024 * 1024;

const TOKEN_IN_URL_MESSAGE =
  'The ingest token was sent in the URL (?token=), where it is not accepted: URLs end up in ' +
  'proxy and server logs. Send it in the "Authorization: Bearer <ingest token>" header, and ' +
  'replace the token if that URL went over a network.';

/** `POST /v1/ingest`: an organisation's extensions post batches of aggregate rows. */
export function ingestRoutes(store: Store): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.post(
    '/v1/ingest',
    requireIngestToken(store),
    requireJsonBody,
    bodyLimit({
      maxSize: MAX_INGEST_BODY_BYTES,
      onError: (c) =>
        apiError(
          c,
          413,
          'body_too_large',
          `The body is larger than ${MAX_INGEST_BODY_BYTES} bytes. Split the rows into ` +
            'smaller batches.',
        ),
    }),
    async (c) => {
      let json: unknown;
      try {
        json = JSON.parse(await c.req.text());
      } catch (error) {
        return apiError(
          c,
          400,
          'invalid_json',
          `The body is not valid JSON (${(error as Error).message}). Send one JSON object.`,
        );
      }

      const parsed = parseBatch(json);
      if (!parsed.ok) {
        const { issues } = parsed;
        return apiError(
          c,
          400,
          'invalid_body',
          `The batch does not match the sync contract: ${summariseIssues(issues)}. ` +
            'Fix the fields listed in "issues".',
          issues,
        );
      }

      const orgId = c.get('orgId');
      if (!orgId) throw new Error('ingest handler reached without an authorised organisation');
      const receipt: IngestReceipt = await storeBatch(store, orgId, parsed.batch);
      return c.json(receipt, 202);
    },
  );

  return app;
}

function requireIngestToken(store: Store): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    // Ingest tokens live in the extension's managed policy and travel in a header only: a token
    // in a URL ends up in proxy logs. One sent there anyway is not even looked at.
    const token = bearerToken(c, { allowQuery: false });
    if (!token && c.req.query('token') !== undefined) {
      return apiError(c, 401, 'missing_token', TOKEN_IN_URL_MESSAGE);
    }

    const access = await checkIngestAccess(store, token);
    if (!access.ok) return apiError(c, access.status, access.code, access.message);

    c.set('orgId', access.org.id);
    await next();
  };
}

const requireJsonBody: MiddlewareHandler<AppEnv> = async (c, next) => {
  const contentType = c.req.header('content-type') ?? '';
  const mediaType = contentType.split(';')[0]?.trim().toLowerCase();
  if (mediaType !== 'application/json') {
    return apiError(
      c,
      415,
      'unsupported_media_type',
      `The body is sent as "${contentType.slice(0, 100) || 'no content type'}". Send JSON with ` +
        '"Content-Type: application/json".',
    );
  }
  await next();
};
