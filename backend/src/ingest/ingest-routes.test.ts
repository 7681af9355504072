import { describe, expect, it } from 'vitest';

import type { ApiError, IngestReceipt } from '../../../core/sync/index.ts';
import { batch, CONTOSO, NORTHWIND, postIngest, row, useTestBackend } from '../testing/fixtures.ts';
import { MAX_INGEST_BODY_BYTES } from './ingest-routes.ts';

const backend = useTestBackend();

async function countRows(orgId: string): Promise<{ rows: number; batches: number }> {
  const [counts] = await backend.store.query<{ rows: number; batches: number }>(
    `SELECT (SELECT count(*)::int FROM aggregate_rows WHERE org_id = $1) AS rows,
            (SELECT count(*)::int FROM ingest_batches WHERE org_id = $1) AS batches`,
    [orgId],
  );
  return counts ?? { rows: -1, batches: -1 };
}

async function expectError(response: Response, status: number, code: string): Promise<ApiError> {
  const body = (await response.json()) as ApiError;
  expect({ status: response.status, code: body.error.code }).toEqual({ status, code });
  expect(body.error.message.length).toBeGreaterThan(20);
  return body;
}

describe('POST /v1/ingest', () => {
  it('stores a batch for the organisation of the ingest token and answers 202', async () => {
    const sent = batch([
      row({ events: 3 }),
      row({ session: '00000000-0000-4000-8000-000000000002', events: 4 }),
    ]);

    const response = await postIngest(backend.app, NORTHWIND.ingestToken, sent);

    expect(response.status).toBe(202);
    expect(await response.json()).toEqual<IngestReceipt>({
      batchId: sent.batchId,
      accepted: 2,
      stored: { rows: 2, sessions: 0, attempts: 0 },
      duplicate: false,
    });
    expect(await countRows(NORTHWIND.id)).toEqual({ rows: 2, batches: 1 });
    expect(await countRows(CONTOSO.id)).toEqual({ rows: 0, batches: 0 });
  });

  it('counts a retried batch once and says it was a duplicate', async () => {
    const sent = batch([row(), row({ session: '00000000-0000-4000-8000-000000000002' })]);

    await postIngest(backend.app, NORTHWIND.ingestToken, sent);
    const retry = await postIngest(backend.app, NORTHWIND.ingestToken, sent);

    expect(retry.status).toBe(202);
    expect(await retry.json()).toEqual<IngestReceipt>({
      batchId: sent.batchId,
      accepted: 0,
      stored: { rows: 0, sessions: 0, attempts: 0 },
      duplicate: true,
    });
    expect(await countRows(NORTHWIND.id)).toEqual({ rows: 2, batches: 1 });
  });

  it('keeps batch ids apart per organisation', async () => {
    const sent = batch([row()]);

    await postIngest(backend.app, NORTHWIND.ingestToken, sent);
    const other = await postIngest(backend.app, CONTOSO.ingestToken, sent);

    expect(await other.json()).toMatchObject({ accepted: 1, duplicate: false });
    expect(await countRows(CONTOSO.id)).toEqual({ rows: 1, batches: 1 });
  });

  it('answers 401 missing_token without an Authorization header', async () => {
    await expectError(await postIngest(backend.app, null, batch([row()])), 401, 'missing_token');
  });

  it('answers 401 invalid_token for a token no organisation has', async () => {
    const response = await postIngest(backend.app, 'not-a-real-token-at-all', batch([row()]));
    await expectError(response, 401, 'invalid_token');
  });

  it('refuses a read token with 401 invalid_token and says which token is needed', async () => {
    const response = await postIngest(backend.app, NORTHWIND.readToken, batch([row()]));

    const body = await expectError(response, 401, 'invalid_token');
    expect(body.error.message).toContain('read token of an organisation');
    expect(await countRows(NORTHWIND.id)).toEqual({ rows: 0, batches: 0 });
  });

  it('does not take the ingest token from the query string', async () => {
    const response = await backend.app.request(`/v1/ingest?token=${NORTHWIND.ingestToken}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(batch([row()])),
    });
    await expectError(response, 401, 'missing_token');
  });

  it('answers 415 unsupported_media_type for a body that is not JSON', async () => {
    const response = await postIngest(backend.app, NORTHWIND.ingestToken, 'day=2026-12-01', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    const body = await expectError(response, 415, 'unsupported_media_type');
    expect(body.error.message).toContain('application/x-www-form-urlencoded');
  });

  it('answers 415 unsupported_media_type for a compressed body, and stores nothing', async () => {
    const response = await postIngest(backend.app, NORTHWIND.ingestToken, batch([row()]), {
      'content-encoding': 'gzip',
    });
    const body = await expectError(response, 415, 'unsupported_media_type');
    expect(body.error.message).toContain('Content-Encoding: gzip');
    expect(await countRows(NORTHWIND.id)).toEqual({ rows: 0, batches: 0 });
  });

  it('says why a token sent with another scheme than Bearer counts as none', async () => {
    const response = await backend.app.request('/v1/ingest', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Basic ${btoa(`northwind:${NORTHWIND.ingestToken}`)}`,
      },
      body: JSON.stringify(batch([row()])),
    });
    const body = await expectError(response, 401, 'missing_token');
    expect(body.error.message).toMatch(/^The Authorization header uses the "Basic" scheme/);
  });

  it('accepts a JSON content type with a charset', async () => {
    const response = await postIngest(backend.app, NORTHWIND.ingestToken, batch([row()]), {
      'content-type': 'application/json; charset=utf-8',
    });
    expect(response.status).toBe(202);
  });

  it('answers 400 invalid_json for a body that does not parse', async () => {
    const response = await postIngest(backend.app, NORTHWIND.ingestToken, '{"batchId": ');
    await expectError(response, 400, 'invalid_json');
  });

  it('answers 400 invalid_body listing each bad field by path', async () => {
    const sent = {
      ...batch([row(), row({ day: '1 Dec 2026' }), row({ events: 0 })]),
      batchId: 'not-a-uuid',
    };

    const response = await postIngest(backend.app, NORTHWIND.ingestToken, sent);

    const body = await expectError(response, 400, 'invalid_body');
    expect(body.error.issues?.map((issue) => issue.path)).toEqual([
      'batchId',
      'rows[1].day',
      'rows[2].events',
    ]);
    expect(body.error.message).toContain('batchId');
    expect(await countRows(NORTHWIND.id)).toEqual({ rows: 0, batches: 0 });
  });

  it('refuses a day that the calendar does not have instead of failing in the database', async () => {
    const response = await postIngest(
      backend.app,
      NORTHWIND.ingestToken,
      batch([row(), row({ day: '2026-02-31' })]),
    );

    const body = await expectError(response, 400, 'invalid_body');
    expect(body.error.issues).toEqual([
      { path: 'rows[1].day', message: '"2026-02-31" is not a calendar day between 2000 and 2999' },
    ]);
  });

  it('refuses a client name that is free text or holds a control character', async () => {
    for (const client of ['ext\u0000', 'Ana Ferreira laptop']) {
      const response = await postIngest(backend.app, NORTHWIND.ingestToken, {
        ...batch([row()]),
        client,
      });

      const body = await expectError(response, 400, 'invalid_body');
      expect(body.error.issues).toEqual([
        { path: 'client', message: 'must name the software, e.g. pathlight-extension/1.0.0' },
      ]);
    }
  });

  it('refuses names with capitals or spaces where a technical name belongs', async () => {
    const response = await postIngest(
      backend.app,
      NORTHWIND.ingestToken,
      batch([
        row({ model: 'Ana Ferreira' }),
        row({ app: 'ana' }),
        row({ session: 'AnaFerreira' }),
        row({ flow: 'Ana Ferreira' }),
      ]),
    );

    const body = await expectError(response, 400, 'invalid_body');
    expect(body.error.issues?.map((issue) => issue.path)).toEqual([
      'rows[0].model',
      'rows[1].app',
      'rows[2].session',
      'rows[3].flow',
    ]);
  });

  it('refuses a row with a key the contract does not have', async () => {
    const response = await postIngest(
      backend.app,
      NORTHWIND.ingestToken,
      batch([{ ...row(), login: 'ana' } as ReturnType<typeof row>]),
    );

    const body = await expectError(response, 400, 'invalid_body');
    expect(body.error.issues).toEqual([
      { path: 'rows[0].login', message: expect.stringContaining('login') },
    ]);
  });

  it('answers 413 body_too_large above the limit and stores nothing', async () => {
    const padding = 'x'.repeat(MAX_INGEST_BODY_BYTES);
    const response = await postIngest(backend.app, NORTHWIND.ingestToken, { padding });

    await expectError(response, 413, 'body_too_large');
    expect(await countRows(NORTHWIND.id)).toEqual({ rows: 0, batches: 0 });
  });
});
