import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';

import type { IngestBatch } from '../../../core/sync/index.ts';
import { attemptRow, pseudonym } from '../../../core/testing/attempt-rows.ts';
import { loadAttempts, loadSessions } from '../analysis-data/index.ts';
import { insertIntervention, loadInterventions } from '../interventions/index.ts';
import { loadOrganisationSettings, syncOrganisations } from '../organisations/index.ts';
import type { Store } from '../store/index.ts';
import type { OrgSummary } from '../summary/index.ts';
import {
  attemptBatch,
  batch,
  clearData,
  CONTOSO,
  getSummary,
  ingestScenario,
  NORTH_PARTNER,
  NORTHWIND,
  postIngest,
  row,
  SCENARIO_SUMMARY,
  scenarioBatches,
  sessionRow,
  TEST_ORGANISATIONS,
  TEST_PARTNERS,
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
    expect(rows.map((migration) => Number(migration.version)).sort()).toEqual([1, 2, 3]);
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

  it('loads attempts and sessions exactly as ingested, only for the days asked, in order', async () => {
    const attempts = ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03'].map((day, index) =>
      attemptRow(
        {
          day,
          user: index === 0 ? null : pseudonym(index),
          status: index % 2 ? 'abandoned' : 'completed',
          endReason: index % 2 ? 'timed_out' : 'completed',
          durationMs: 7 * 86_400_000,
          workaround: index === 2,
          deviations: { skipped: index, backtrack: 0, detour: 1, loop: 0 },
        },
        [
          {
            step: 'receipt-form',
            visits: 2,
            hesitantVisits: 1,
            signals: { rage_click: 3 },
            errors: [{ kind: 'user_error', button: 'button_validate', fix: null, count: 1 }],
            hints: { dismissed: 1 },
          },
          'validate',
          'done',
        ],
      ),
    );
    const sessions = ['2026-11-30', '2026-12-01', '2026-12-02'].map((day) => sessionRow({ day }));
    await postIngest(app, NORTHWIND.ingestToken, attemptBatch(attempts, sessions));
    await postIngest(app, CONTOSO.ingestToken, attemptBatch([attemptRow({ day: '2026-12-01' })]));

    const range = { from: '2026-12-01', to: '2026-12-02' };
    const loaded = await loadAttempts(store, NORTHWIND.id, range);

    const expected = attempts
      .slice(1, 3)
      .sort((a, b) => a.day.localeCompare(b.day) || a.attempt.localeCompare(b.attempt));
    expect(loaded).toEqual(expected);
    expect(typeof loaded[0]?.version).toBe('number');
    expect(typeof loaded[0]?.durationMs).toBe('number');
    expect(await loadSessions(store, NORTHWIND.id, range)).toEqual(sessions.slice(1, 3));
    expect(
      await loadAttempts(store, NORTHWIND.id, { from: '2027-01-01', to: '2027-01-31' }),
    ).toEqual([]);
  });

  it('stores an attempt sent again in another batch once', async () => {
    const attempt = attemptRow();
    await postIngest(app, NORTHWIND.ingestToken, attemptBatch([attempt], [sessionRow()]));

    const again = await postIngest(
      app,
      NORTHWIND.ingestToken,
      attemptBatch([attempt], [sessionRow()]),
    );

    expect(await again.json()).toMatchObject({
      accepted: 0,
      stored: { rows: 0, sessions: 0, attempts: 0 },
      duplicate: false,
    });
    const range = { from: attempt.day, to: attempt.day };
    expect(await loadAttempts(store, NORTHWIND.id, range)).toEqual([attempt]);
    expect(await loadSessions(store, NORTHWIND.id, range)).toHaveLength(1);
  });

  it('stores a batch of 1,000 attempts and 5,000 session rows', async () => {
    const attempts = Array.from({ length: 1_000 }, (_, index) =>
      attemptRow({ user: pseudonym(index % 40) }),
    );
    const sessions = Array.from({ length: 5_000 }, (_, index) =>
      sessionRow({ session: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}` }),
    );

    const response = await postIngest(app, NORTHWIND.ingestToken, attemptBatch(attempts, sessions));

    expect(await response.json()).toMatchObject({ accepted: 6_000 });
    const range = { from: '2026-12-01', to: '2026-12-01' };
    expect(await loadAttempts(store, NORTHWIND.id, range)).toHaveLength(1_000);
    expect(await loadSessions(store, NORTHWIND.id, range)).toHaveLength(5_000);
  });

  it('keeps the settings of the organisations file', async () => {
    await syncOrganisations(
      store,
      [{ ...NORTHWIND, settings: { minGroupUsers: 5, hintWindowDays: 14 } }, CONTOSO],
      TEST_PARTNERS,
    );

    expect(await loadOrganisationSettings(store, NORTHWIND.id)).toEqual({
      minGroupUsers: 5,
      hintWindowDays: 14,
    });
    expect(await loadOrganisationSettings(store, CONTOSO.id)).toEqual({
      minGroupUsers: 3,
      hintWindowDays: 28,
    });
    await syncOrganisations(store, TEST_ORGANISATIONS, TEST_PARTNERS);
  });

  it("refuses a partner's read token for an organisation it is not given", async () => {
    const own = await getSummary(app, NORTHWIND.id, NORTH_PARTNER.readToken);
    const other = await getSummary(app, CONTOSO.id, NORTH_PARTNER.readToken);

    expect([own.status, other.status]).toEqual([200, 403]);
  });

  it('loads only the attempts of the golden paths asked for', async () => {
    const receipt = attemptRow({ path: 'inventory.receipt' });
    const delivery = attemptRow({ path: 'inventory.delivery' }, ['delivery-form', 'validate']);
    await postIngest(app, NORTHWIND.ingestToken, attemptBatch([receipt, delivery]));

    const range = { from: receipt.day, to: receipt.day };
    const loaded = await loadAttempts(store, NORTHWIND.id, range, {
      paths: ['inventory.delivery'],
    });

    expect(loaded.map((attempt) => attempt.attempt)).toEqual([delivery.attempt]);
    expect(await loadAttempts(store, NORTHWIND.id, range, { paths: [] })).toEqual([]);
  });

  it('records interventions under ids unique in each organisation, read back by day', async () => {
    const training = {
      day: '2026-11-30',
      kind: 'training' as const,
      path: 'inventory.putaway',
      step: 'destination',
      cohort: 'warehouse/north-site/new',
      note: 'On the floor, half an hour.',
    };
    const ticket = {
      day: '2026-11-19',
      kind: 'flow_change' as const,
      path: 'inventory.delivery',
      note: '',
    };

    const first = await insertIntervention(store, NORTHWIND.id, training);
    const second = await insertIntervention(store, NORTHWIND.id, training);
    const third = await insertIntervention(store, NORTHWIND.id, ticket);
    const contoso = await insertIntervention(store, CONTOSO.id, training);

    expect([first, second, third, contoso].map((recorded) => recorded.intervention.id)).toEqual([
      'training-2026-11-30',
      'training-2026-11-30-2',
      'flow-change-2026-11-19',
      'training-2026-11-30',
    ]);
    expect(first.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(await loadInterventions(store, NORTHWIND.id)).toEqual([third, first, second]);
    // A whole-path intervention reads back without step or cohort, as the analysis expects.
    expect(Object.keys(third.intervention).sort()).toEqual(['day', 'id', 'kind', 'note', 'path']);
  });
}
