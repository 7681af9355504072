import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';

import type { IngestBatch } from '../../../core/sync/index.ts';
import type { Store } from '../store/index.ts';
import type { OrgSummary } from '../summary/index.ts';
import {
  batch,
  clearData,
  CONTOSO,
  getSummary,
  ingestScenario,
  NORTHWIND,
  postIngest,
  row,
  SCENARIO_SUMMARY,
  scenarioBatches,
  testApp,
} from './fixtures.ts';

/**
 * The checks every store engine must pass, so that PGlite in development and PostgreSQL in
 * production are proven to run the same SQL. Call inside a `describe`.
 */
export function storeContract(open: () => Promise<Store>): void {
  let store: Store;
  let app: ReturnType<typeof testApp>;

  beforeAll(async () => {
    store = await open();
    app = testApp(store);
  }, 60_000);
  afterAll(() => store?.close());
  beforeEach(() => clearData(store));

  it('applies no migration twice', async () => {
    expect(await store.migrate()).toEqual([]);
    const rows = await store.query<{ version: number }>('SELECT version FROM migrations');
    expect(rows.map((migration) => Number(migration.version))).toEqual([1]);
  });

  it('rolls a transaction back when its callback throws', async () => {
    const attempt = store.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO ingest_batches (org_id, batch_id, client, row_count)
         VALUES ($1, gen_random_uuid(), 'test', 1)`,
        [NORTHWIND.id],
      );
      throw new Error('abandon');
    });

    await expect(attempt).rejects.toThrow('abandon');
    expect(await store.query('SELECT 1 FROM ingest_batches')).toEqual([]);
  });

  it('counts the ingest scenario exactly', async () => {
    await ingestScenario(app);

    const response = await getSummary(app, NORTHWIND.id, NORTHWIND.readToken);

    expect(await response.json()).toEqual<OrgSummary>({
      org: { id: NORTHWIND.id, name: NORTHWIND.name },
      ...SCENARIO_SUMMARY,
    });
  });

  it('counts retried batches once', async () => {
    const batches: IngestBatch[] = scenarioBatches();
    await ingestScenario(app, NORTHWIND, batches);
    const retry = await postIngest(app, NORTHWIND.ingestToken, batches[0]);

    const summary = (await (
      await getSummary(app, NORTHWIND.id, NORTHWIND.readToken)
    ).json()) as OrgSummary;

    expect(await retry.json()).toMatchObject({ accepted: 0, duplicate: true });
    expect(summary.totals).toEqual(SCENARIO_SUMMARY.totals);
  });

  it('stores a full batch of 5,000 rows', async () => {
    const rows = Array.from({ length: 5_000 }, (_, index) =>
      row({ session: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`, events: 2 }),
    );

    await postIngest(app, NORTHWIND.ingestToken, batch(rows));
    const summary = (await (
      await getSummary(app, NORTHWIND.id, NORTHWIND.readToken)
    ).json()) as OrgSummary;

    expect(summary.totals).toEqual({ sessions: 5_000, users: 1, events: 10_000 });
  });

  it("refuses organisation A's read token for organisation B", async () => {
    await ingestScenario(app, CONTOSO);

    const response = await getSummary(app, CONTOSO.id, NORTHWIND.readToken);

    expect(response.status).toBe(403);
  });
}
