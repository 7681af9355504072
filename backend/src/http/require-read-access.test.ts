import { describe, expect, it } from 'vitest';

import {
  CONTOSO,
  NORTH_PARTNER,
  NORTHWIND,
  SOUTH_PARTNER,
  useTestBackend,
} from '../testing/fixtures.ts';
import { refusalOf } from '../testing/read-api.ts';

const backend = useTestBackend({ now: () => Date.UTC(2026, 11, 3), keepData: true });

const INTERVENTION = { day: '2026-11-30', kind: 'training', path: 'inventory.putaway' };

/** Every analysis route, as a request for organisation `org`. */
const ROUTES: [string, (org: string) => [string, RequestInit]][] = [
  ['review', (org) => [`/v1/orgs/${org}/review`, {}]],
  ['clusters', (org) => [`/v1/orgs/${org}/clusters`, {}]],
  ['trends', (org) => [`/v1/orgs/${org}/trends`, {}]],
  [
    'compare',
    (org) => [
      `/v1/orgs/${org}/compare?path=inventory.putaway&before=2026-11-02..2026-11-29` +
        '&after=2026-11-30..2026-12-06',
      {},
    ],
  ],
  ['interventions', (org) => [`/v1/orgs/${org}/interventions`, {}]],
  [
    'POST interventions',
    (org) => [
      `/v1/orgs/${org}/interventions`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(INTERVENTION),
      },
    ],
  ],
  ['export.csv', (org) => [`/v1/orgs/${org}/export.csv`, {}]],
  ['questions', (org) => [`/v1/orgs/${org}/questions?q=what+should+we+fix+first`, {}]],
  ['hints/outcomes', (org) => [`/v1/orgs/${org}/hints/outcomes`, {}]],
];

function request(route: (org: string) => [string, RequestInit], org: string, token?: string) {
  const [path, init] = route(org);
  const headers = { ...(init.headers as Record<string, string>) };
  if (token) headers.authorization = `Bearer ${token}`;
  return backend.app.request(path, { ...init, headers });
}

describe.each(ROUTES)('%s', (_name, route) => {
  it("answers the partner's own organisation", async () => {
    const response = await request(route, NORTHWIND.id, NORTH_PARTNER.readToken);

    expect([200, 201]).toContain(response.status);
  });

  it("refuses another partner's organisation with 403 wrong_org", async () => {
    const response = await request(route, NORTHWIND.id, SOUTH_PARTNER.readToken);

    const refusal = await refusalOf(response);
    expect([refusal.status, refusal.code]).toEqual([403, 'wrong_org']);
    expect(refusal.message).toContain('partner "south-partner"');
  });

  it("refuses an organisation's read token for another organisation", async () => {
    const response = await request(route, NORTHWIND.id, CONTOSO.readToken);

    expect((await refusalOf(response)).code).toBe('wrong_org');
  });

  it('refuses a request without a token, and an unknown organisation', async () => {
    expect((await refusalOf(await request(route, NORTHWIND.id))).code).toBe('missing_token');
    expect((await refusalOf(await request(route, 'acme', NORTH_PARTNER.readToken))).code).toBe(
      'unknown_org',
    );
  });
});
