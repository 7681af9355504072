import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { checkIngestAccess, checkReadAccess } from '../http/check-access.ts';
import type { Store } from '../store/index.ts';
import {
  CONTOSO,
  NORTH_PARTNER,
  NORTHWIND,
  openTestStore,
  SOUTH_PARTNER,
  TEST_ORGANISATIONS,
  TEST_PARTNERS,
} from '../testing/fixtures.ts';
import { hashToken } from './hash-token.ts';
import { syncOrganisations } from './sync-organisations.ts';

let store: Store;

beforeAll(async () => {
  store = await openTestStore();
}, 30_000);
afterAll(() => store.close());

describe('syncOrganisations', () => {
  it('stores token hashes and never the tokens', async () => {
    await syncOrganisations(store, TEST_ORGANISATIONS, TEST_PARTNERS);

    const rows = await store.query<Record<string, unknown>>(
      "SELECT * FROM organisations WHERE id = 'northwind'",
    );

    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      name: NORTHWIND.name,
      ingest_token_sha256: hashToken(NORTHWIND.ingestToken),
      read_token_sha256: hashToken(NORTHWIND.readToken),
    });
    expect(JSON.stringify(rows)).not.toContain(NORTHWIND.readToken);
  });

  it('revokes the tokens of an organisation removed from the file', async () => {
    await syncOrganisations(store, [NORTHWIND], [NORTH_PARTNER]);

    const access = await checkIngestAccess(store, CONTOSO.ingestToken);

    expect(access).toMatchObject({ ok: false, code: 'invalid_token' });
    await syncOrganisations(store, TEST_ORGANISATIONS, TEST_PARTNERS);
  });

  it('lets two organisations swap tokens in one change of the file', async () => {
    await syncOrganisations(
      store,
      [
        { ...NORTHWIND, readToken: CONTOSO.readToken },
        { ...CONTOSO, readToken: NORTHWIND.readToken },
      ],
      TEST_PARTNERS,
    );

    const access = await checkReadAccess(store, NORTHWIND.readToken, CONTOSO.id);

    expect(access).toMatchObject({ ok: true, org: { id: CONTOSO.id } });
    await syncOrganisations(store, TEST_ORGANISATIONS, TEST_PARTNERS);
  });

  it('renames an organisation in place', async () => {
    await syncOrganisations(
      store,
      [{ ...NORTHWIND, name: 'Northwind Group' }, CONTOSO],
      TEST_PARTNERS,
    );

    const access = await checkReadAccess(store, NORTHWIND.readToken, NORTHWIND.id);

    expect(access).toMatchObject({ ok: true, org: { name: 'Northwind Group' } });
    await syncOrganisations(store, TEST_ORGANISATIONS, TEST_PARTNERS);
  });

  it("stores a partner's token as a hash, and what it may read", async () => {
    const partners = await store.query<Record<string, unknown>>(
      "SELECT * FROM partners WHERE id = 'north-partner'",
    );
    const readable = await store.query<{ partner_id: string; org_id: string }>(
      'SELECT partner_id, org_id FROM partner_organisations ORDER BY partner_id',
    );

    expect(partners[0]).toMatchObject({ read_token_sha256: hashToken(NORTH_PARTNER.readToken) });
    expect(JSON.stringify(partners)).not.toContain(NORTH_PARTNER.readToken);
    expect(readable).toEqual([
      { partner_id: 'north-partner', org_id: 'northwind' },
      { partner_id: 'south-partner', org_id: 'contoso' },
    ]);
  });

  it('moves an organisation from one partner to another in one change of the file', async () => {
    await syncOrganisations(store, TEST_ORGANISATIONS, [
      { ...NORTH_PARTNER, organisations: [CONTOSO.id] },
      { ...SOUTH_PARTNER, organisations: [NORTHWIND.id] },
    ]);

    const moved = await checkReadAccess(store, NORTH_PARTNER.readToken, CONTOSO.id);
    const gone = await checkReadAccess(store, NORTH_PARTNER.readToken, NORTHWIND.id);

    expect(moved).toMatchObject({ ok: true, org: { id: CONTOSO.id } });
    expect(gone).toMatchObject({ ok: false, code: 'wrong_org' });
    await syncOrganisations(store, TEST_ORGANISATIONS, TEST_PARTNERS);
  });

  it('stops a partner reading an organisation removed from the file', async () => {
    await syncOrganisations(store, [CONTOSO], [{ ...NORTH_PARTNER, organisations: [CONTOSO.id] }]);

    const access = await checkReadAccess(store, NORTH_PARTNER.readToken, NORTHWIND.id);

    expect(access).toMatchObject({ ok: false, code: 'unknown_org' });
    await syncOrganisations(store, TEST_ORGANISATIONS, TEST_PARTNERS);
  });
});
