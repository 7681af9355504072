import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';

import type { IngestReceipt } from '../../../core/sync/index.ts';
import { apiError } from '../http/api-error.ts';
import type { AppEnv } from '../http/app-env.ts';
import { requireIngestToken } from '../http/require-ingest-token.ts';
import { readJsonBody, requireJsonBody } from '../http/require-json-body.ts';
import type { Store } from '../store/index.ts';
import { summariseIssues } from '../zod-issues.ts';
import { parseBatch } from './parse-batch.ts';
import { storeBatch } from './store-batch.ts';

/**
 * Largest ingest body accepted. A batch as the extension builds it holds at most 5,000 screen
 * rows (~1.3 MB of JSON), 5,000 session rows (~0.8 MB) and 1,000 attempts (~1.2 MB at five
 * steps each): ~3.3 MB. A batch refused for its size is retried unchanged forever, so the limit
 * leaves room for longer golden paths.
 */
export const MAX_INGEST_BODY_BYTES = 8 * 1024 * 1024;

/** `POST /v1/ingest`: an organisation's extensions post batches of rows, sessions and attempts. */
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
          'body_too_large',
          `The body is larger than ${MAX_INGEST_BODY_BYTES} bytes. Split the rows into ` +
            'smaller batches.',
        ),
    }),
    async (c) => {
      const body = await readJsonBody(c);
      if (!body.ok) return body.response;

      const parsed = parseBatch(body.json);
      if (!parsed.ok) {
        const { issues } = parsed;
        return apiError(
          c,
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
