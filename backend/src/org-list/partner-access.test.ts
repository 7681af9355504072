import { describe, expect, it } from 'vitest';

import type { ApiError } from '../../../core/sync/index.ts';
import { syncOrganisations } from '../organisations/index.ts';
import type { OrgSummary } from '../summary/index.ts';
import {
  CONTOSO,
  getSummary,
  ingestScenario,
  NORTH_PARTNER,
  NORTHWIND,
  SOUTH_PARTNER,
  TEST_ORGANISATIONS,
  TEST_PARTNERS,
  useTestBackend,
} from '../testing/fixtures.ts';
import type { OrgList } from './org-list-schema.ts';

const backend = useTestBackend();

async function listOrgs(token: string): Promise<Response> {
  return backend.app.request('/v1/orgs', { headers: { authorization: `Bearer ${token}` } });
}

async function errorOf(response: Response): Promise<{ status: number; code: string }> {
  const body = (await response.json()) as ApiError;
  return { status: response.status, code: body.error.code };
}

describe('partner read tokens', () => {
  it("read the summary of the partner's own organisation", async () => {
    await ingestScenario(backend.app);

    const response = await getSummary(backend.app, NORTHWIND.id, NORTH_PARTNER.readToken);

    expect(response.status).toBe(200);
    expect(((await response.json()) as OrgSummary).totals.events).toBe(15);
  });

  it("refuse another partner's organisation with 403 wrong_org, revealing none of its data", async () => {
    await ingestScenario(backend.app, CONTOSO);

    const response = await getSummary(backend.app, CONTOSO.id, NORTH_PARTNER.readToken);

    const body = (await response.json()) as ApiError;
    expect({ status: response.status, code: body.error.code }).toEqual({
      status: 403,
      code: 'wrong_org',
    });
    expect(body.error.message).toContain('partner "north-partner", which may read "northwind"');
    expect(JSON.stringify(body)).not.toContain('sessions');
  });

  it('work the other way round too', async () => {
    const response = await getSummary(backend.app, NORTHWIND.id, SOUTH_PARTNER.readToken);

    expect(await errorOf(response)).toEqual({ status: 403, code: 'wrong_org' });
  });

  it('open the dashboard page of their own organisation only', async () => {
    const own = await backend.app.request(`/orgs/${NORTHWIND.id}?token=${NORTH_PARTNER.readToken}`);
    const other = await backend.app.request(`/orgs/${CONTOSO.id}?token=${NORTH_PARTNER.readToken}`);

    expect(own.status).toBe(200);
    expect(other.status).toBe(403);
  });

  it('stop working once the partner leaves the organisations file', async () => {
    await syncOrganisations(backend.store, TEST_ORGANISATIONS, [SOUTH_PARTNER]);

    const response = await getSummary(backend.app, NORTHWIND.id, NORTH_PARTNER.readToken);

    expect(await errorOf(response)).toEqual({ status: 401, code: 'invalid_token' });
    await syncOrganisations(backend.store, TEST_ORGANISATIONS, TEST_PARTNERS);
  });

  it('answer 404 unknown_org for an organisation that does not exist', async () => {
    const response = await getSummary(backend.app, 'acme', NORTH_PARTNER.readToken);

    expect(await errorOf(response)).toEqual({ status: 404, code: 'unknown_org' });
  });

  it('are refused at ingest, saying an ingest token is needed', async () => {
    const response = await backend.app.request('/v1/ingest', {
      method: 'POST',
      headers: {
        authorization: `Bearer ${NORTH_PARTNER.readToken}`,
        'content-type': 'application/json',
      },
      body: '{}',
    });

    const body = (await response.json()) as ApiError;
    expect(body.error.code).toBe('invalid_token');
    expect(body.error.message).toContain("partner's read token");
  });
});

describe('GET /v1/orgs', () => {
  it('lists only the organisations of the partner', async () => {
    const north = await listOrgs(NORTH_PARTNER.readToken);
    const south = await listOrgs(SOUTH_PARTNER.readToken);

    expect(north.status).toBe(200);
    expect(await north.json()).toEqual<OrgList>({
      organisations: [{ id: NORTHWIND.id, name: NORTHWIND.name }],
    });
    expect(await south.json()).toEqual<OrgList>({
      organisations: [{ id: CONTOSO.id, name: CONTOSO.name }],
    });
  });

  it('lists every organisation of a partner that has several, by id', async () => {
    const both = { ...NORTH_PARTNER, organisations: [NORTHWIND.id, CONTOSO.id] };
    await syncOrganisations(backend.store, TEST_ORGANISATIONS, [both, SOUTH_PARTNER]);

    const response = await listOrgs(NORTH_PARTNER.readToken);

    expect(await response.json()).toEqual<OrgList>({
      organisations: [
        { id: CONTOSO.id, name: CONTOSO.name },
        { id: NORTHWIND.id, name: NORTHWIND.name },
      ],
    });
    await syncOrganisations(backend.store, TEST_ORGANISATIONS, TEST_PARTNERS);
  });

  it("lists an organisation's own read token's organisation alone", async () => {
    const response = await listOrgs(CONTOSO.readToken);

    expect(await response.json()).toEqual<OrgList>({
      organisations: [{ id: CONTOSO.id, name: CONTOSO.name }],
    });
  });

  it('refuses an ingest token with 401 invalid_token saying a read token is needed', async () => {
    const response = await listOrgs(NORTHWIND.ingestToken);

    const body = (await response.json()) as ApiError;
    expect({ status: response.status, code: body.error.code }).toEqual({
      status: 401,
      code: 'invalid_token',
    });
    expect(body.error.message).toContain('needs a read token');
  });

  it('answers 401 missing_token without a token', async () => {
    expect(await errorOf(await backend.app.request('/v1/orgs'))).toEqual({
      status: 401,
      code: 'missing_token',
    });
  });
});
