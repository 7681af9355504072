import { describe, expect, it } from 'vitest';

import type { ApiError } from '../../../core/sync/index.ts';
import {
  CONTOSO,
  getSummary,
  ingestScenario,
  NORTHWIND,
  SCENARIO_SUMMARY,
  scenarioBatches,
  useTestBackend,
} from '../testing/fixtures.ts';
import type { OrgSummary } from './types.ts';

const backend = useTestBackend();

async function errorOf(response: Response): Promise<{ status: number; code: string }> {
  const body = (await response.json()) as ApiError;
  return { status: response.status, code: body.error.code };
}

describe('GET /v1/orgs/:org/summary', () => {
  it('counts distinct sessions, distinct known users and events per flow and screen', async () => {
    await ingestScenario(backend.app);

    const response = await getSummary(backend.app, NORTHWIND.id, NORTHWIND.readToken);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual<OrgSummary>({
      org: { id: NORTHWIND.id, name: NORTHWIND.name },
      ...SCENARIO_SUMMARY,
    });
  });

  it('counts retried batches once', async () => {
    const batches = scenarioBatches();
    await ingestScenario(backend.app, NORTHWIND, batches);
    await ingestScenario(backend.app, NORTHWIND, batches);

    const response = await getSummary(backend.app, NORTHWIND.id, NORTHWIND.readToken);

    expect(((await response.json()) as OrgSummary).totals).toEqual({
      sessions: 3,
      users: 2,
      events: 15,
    });
  });

  it('answers zeros and empty lists before anything is received', async () => {
    const response = await getSummary(backend.app, NORTHWIND.id, NORTHWIND.readToken);

    expect(await response.json()).toEqual({
      org: { id: NORTHWIND.id, name: NORTHWIND.name },
      flows: [],
      screens: [],
      totals: { sessions: 0, users: 0, events: 0 },
    });
  });

  it("shows only the organisation's own rows", async () => {
    await ingestScenario(backend.app, CONTOSO);

    const response = await getSummary(backend.app, NORTHWIND.id, NORTHWIND.readToken);

    expect(((await response.json()) as OrgSummary).totals.sessions).toBe(0);
  });

  it('takes the read token from ?token= as dashboard links do', async () => {
    await ingestScenario(backend.app);

    const response = await backend.app.request(
      `/v1/orgs/${NORTHWIND.id}/summary?token=${NORTHWIND.readToken}`,
    );

    expect(((await response.json()) as OrgSummary).totals.events).toBe(15);
  });

  it('refuses a query parameter, as the endpoints that take some refuse unknown ones', async () => {
    const auth = { headers: { authorization: `Bearer ${NORTHWIND.readToken}` } };

    const responses = await Promise.all([
      backend.app.request(`/v1/orgs/northwind/summary?week=2026-W49`, auth),
      backend.app.request(`/v1/orgs?bogus=1`, auth),
      backend.app.request(`/v1/hints?v=2`, {
        headers: { authorization: `Bearer ${NORTHWIND.ingestToken}` },
      }),
    ]);

    expect(await Promise.all(responses.map(errorOf))).toEqual([
      { status: 400, code: 'invalid_query' },
      { status: 400, code: 'invalid_query' },
      { status: 400, code: 'invalid_query' },
    ]);
    expect(
      await backend.app.request(`/v1/orgs/northwind/summary?token=${NORTHWIND.readToken}`),
    ).toHaveProperty('status', 200);
  });

  it('answers 401 missing_token without a token', async () => {
    expect(await errorOf(await getSummary(backend.app, NORTHWIND.id, null))).toEqual({
      status: 401,
      code: 'missing_token',
    });
  });

  it('refuses an ingest token with 401 invalid_token', async () => {
    expect(
      await errorOf(await getSummary(backend.app, NORTHWIND.id, NORTHWIND.ingestToken)),
    ).toEqual({
      status: 401,
      code: 'invalid_token',
    });
  });

  it("refuses organisation A's read token for organisation B with 403 wrong_org", async () => {
    await ingestScenario(backend.app, CONTOSO);

    const response = await getSummary(backend.app, CONTOSO.id, NORTHWIND.readToken);

    const body = (await response.json()) as ApiError;
    expect({ status: response.status, code: body.error.code }).toEqual({
      status: 403,
      code: 'wrong_org',
    });
    expect(body.error.message).toContain('"contoso"');
    expect(JSON.stringify(body)).not.toContain('sessions');
  });

  it('answers 404 unknown_org for an organisation that does not exist', async () => {
    expect(await errorOf(await getSummary(backend.app, 'acme', NORTHWIND.readToken))).toEqual({
      status: 404,
      code: 'unknown_org',
    });
  });

  it('answers 401, not 404, to a caller without a valid token asking for an unknown org', async () => {
    expect(await errorOf(await getSummary(backend.app, 'acme', 'guessed-token-123'))).toEqual({
      status: 401,
      code: 'invalid_token',
    });
  });
});
