import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { checkIngestAccess, checkReadAccess } from '../http/check-access.ts';
import type { Store } from '../store/index.ts';
import { CONTOSO, NORTHWIND, openTestStore } from '../testing/fixtures.ts';
import { hashToken } from './hash-token.ts';
import { syncOrganisations } from './sync-organisations.ts';

let store: Store;

beforeAll(async () => {
  store = await openTestStore();
}, 30_000);
afterAll(() => store.close());

describe('syncOrganisations', () => {
  it('stores token hashes and never the tokens', async () => {
    await syncOrganisations(store, [NORTHWIND, CONTOSO]);

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
    await syncOrganisations(store, [NORTHWIND]);

    const access = await checkIngestAccess(store, CONTOSO.ingestToken);

    expect(access).toMatchObject({ ok: false, code: 'invalid_token' });
    await syncOrganisations(store, [NORTHWIND, CONTOSO]);
  });

  it('lets two organisations swap tokens in one change of the file', async () => {
    await syncOrganisations(store, [
      { ...NORTHWIND, readToken: CONTOSO.readToken },
      { ...CONTOSO, readToken: NORTHWIND.readToken },
    ]);

    const access = await checkReadAccess(store, NORTHWIND.readToken, CONTOSO.id);

    expect(access).toMatchObject({ ok: true, org: { id: CONTOSO.id } });
    await syncOrganisations(store, [NORTHWIND, CONTOSO]);
  });

  it('renames an organisation in place', async () => {
    await syncOrganisations(store, [{ ...NORTHWIND, name: 'Northwind Group' }, CONTOSO]);

    const access = await checkReadAccess(store, NORTHWIND.readToken, NORTHWIND.id);

    expect(access).toMatchObject({ ok: true, org: { name: 'Northwind Group' } });
    await syncOrganisations(store, [NORTHWIND, CONTOSO]);
  });
});
