import { afterEach, describe, expect, it } from 'vitest';

import { hintPackSchema, type HintPack } from '../../../core/hints/index.ts';
import type { ApiError, AttemptRow } from '../../../core/sync/index.ts';
import { attemptRow, pseudonym } from '../../../core/testing/attempt-rows.ts';
import { syncOrganisations, type OrganisationConfig } from '../organisations/index.ts';
import {
  attemptBatch,
  CONTOSO,
  NORTH_PARTNER,
  NORTHWIND,
  postIngest,
  TEST_PARTNERS,
  useTestBackend,
} from '../testing/fixtures.ts';

/** 2026-12-10 at noon UTC: the window of 28 days starts on 2026-11-13. */
const NOW = Date.UTC(2026, 11, 10, 12);

const backend = useTestBackend({ now: () => NOW });
afterEach(() => withSettings({}));

/** One completed receipt per user, on `day`, each going receipt-form → validate → done. */
function receipts(users: number[], day = '2026-12-09'): AttemptRow[] {
  return users.map((user) => attemptRow({ user: pseudonym(user), day }));
}

async function ingest(attempts: AttemptRow[], org: OrganisationConfig = NORTHWIND) {
  const response = await postIngest(backend.app, org.ingestToken, attemptBatch(attempts));
  expect(response.status).toBe(202);
}

async function getPack(token: string | null = NORTHWIND.ingestToken): Promise<Response> {
  return backend.app.request('/v1/hints', {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
}

async function pack(): Promise<HintPack> {
  const response = await getPack();
  expect(response.status).toBe(200);
  return hintPackSchema.parse(await response.json());
}

async function withSettings(settings: OrganisationConfig['settings']): Promise<void> {
  await syncOrganisations(backend.store, [{ ...NORTHWIND, settings }, CONTOSO], TEST_PARTNERS);
}

describe('GET /v1/hints', () => {
  it('answers the pack of three users with the step they took next, cacheable for an hour', async () => {
    await ingest(receipts([1, 2, 3]));

    const response = await getPack();
    const body = hintPackSchema.parse(await response.json());

    expect(response.headers.get('cache-control')).toBe('private, max-age=3600');
    expect(body).toMatchObject({ format: 'pathlight-hint-pack', generatedAt: NOW, minUsers: 3 });
    expect(body.paths).toHaveLength(1);
    expect(body.paths[0]).toMatchObject({ path: 'inventory.receipt', version: 2 });
    expect(body.paths[0]?.steps[0]).toEqual({
      step: 'receipt-form',
      completed: 3,
      users: 3,
      next: [{ step: 'validate', then: 'done', attempts: 3, users: 3 }],
      fixes: [],
    });
  });

  it('gives no figures resting on two users while minGroupUsers is 3', async () => {
    await ingest([...receipts([1, 2]), ...receipts([1, 2])]);

    expect((await pack()).paths).toEqual([]);
  });

  it("follows the organisation's minGroupUsers", async () => {
    await withSettings({ minGroupUsers: 2 });
    await ingest(receipts([1, 2]));

    const body = await pack();

    expect(body.minUsers).toBe(2);
    expect(body.paths[0]?.steps[0]?.users).toBe(2);
  });

  it('counts attempts from the first day of the 28-day window and none before it', async () => {
    await ingest([...receipts([1, 2]), ...receipts([3], '2026-11-12')]);
    expect((await pack()).paths).toEqual([]);

    await ingest(receipts([3], '2026-11-13'));
    expect((await pack()).paths[0]?.steps[0]?.users).toBe(3);
  });

  it("follows the organisation's hintWindowDays", async () => {
    await withSettings({ hintWindowDays: 7 });
    await ingest([...receipts([1, 2]), ...receipts([3], '2026-12-03')]);
    expect((await pack()).paths).toEqual([]);

    await ingest(receipts([3], '2026-12-04'));
    expect((await pack()).paths[0]?.steps[0]?.users).toBe(3);
  });

  it("leaves other organisations' attempts out", async () => {
    await ingest(receipts([1, 2]));
    await ingest(receipts([3, 4, 5]), CONTOSO);

    expect((await pack()).paths).toEqual([]);
  });

  it('refuses a read token with 401 invalid_token saying an ingest token is needed', async () => {
    for (const token of [NORTHWIND.readToken, NORTH_PARTNER.readToken]) {
      const response = await getPack(token);

      const body = (await response.json()) as ApiError;
      expect({ status: response.status, code: body.error.code }).toEqual({
        status: 401,
        code: 'invalid_token',
      });
      expect(body.error.message).toContain('ingest token');
    }
  });

  it('answers 401 missing_token without a token, and for one in the URL', async () => {
    const none = await getPack(null);
    const inUrl = await backend.app.request(`/v1/hints?token=${NORTHWIND.ingestToken}`);

    for (const response of [none, inUrl]) {
      expect(response.status).toBe(401);
      expect(((await response.json()) as ApiError).error.code).toBe('missing_token');
    }
  });
});
