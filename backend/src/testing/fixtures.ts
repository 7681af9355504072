import { randomUUID } from 'node:crypto';

import type { Hono } from 'hono';
import { afterAll, beforeAll, beforeEach } from 'vitest';

import type {
  AggregateRow,
  AttemptRow,
  IngestBatch,
  SessionRow,
} from '../../../core/sync/index.ts';
import { createApp } from '../app.ts';
import type { AppEnv } from '../http/app-env.ts';
import { silentLogger } from '../logger.ts';
import {
  syncOrganisations,
  type OrganisationConfig,
  type PartnerConfig,
} from '../organisations/index.ts';
import { openStore, type Store } from '../store/index.ts';
import type { OrgSummary } from '../summary/index.ts';

/** Shared by the tests of the backend: two organisations, rows, batches and requests. */

// The name carries markup so that every page test also proves escaping.
export const NORTHWIND: OrganisationConfig = {
  id: 'northwind',
  name: 'Northwind <Furniture> & Sons',
  ingestToken: 'northwind-ingest-token-test',
  readToken: 'northwind-read-token-test',
};

export const CONTOSO: OrganisationConfig = {
  id: 'contoso',
  name: 'Contoso Ltd',
  ingestToken: 'contoso-ingest-token-test',
  readToken: 'contoso-read-token-test',
};

/** Reads Northwind only. */
export const NORTH_PARTNER: PartnerConfig = {
  id: 'north-partner',
  name: 'North Partner',
  readToken: 'north-partner-read-token-test',
  organisations: [NORTHWIND.id],
};

/** Reads Contoso only. */
export const SOUTH_PARTNER: PartnerConfig = {
  id: 'south-partner',
  name: 'South Partner',
  readToken: 'south-partner-read-token-test',
  organisations: [CONTOSO.id],
};

export const TEST_ORGANISATIONS = [NORTHWIND, CONTOSO];
export const TEST_PARTNERS = [NORTH_PARTNER, SOUTH_PARTNER];

export const USER_ANA = 'a1a1a1a1a1a1a1a1';
export const USER_BEN = 'b2b2b2b2b2b2b2b2';

/** PGlite takes seconds to start: open one per test file, then `clearData` between tests. */
export async function openTestStore(options: { databaseUrl?: string } = {}): Promise<Store> {
  const store = await openStore({ dataDir: 'memory://', ...options });
  await store.migrate();
  await syncOrganisations(store, TEST_ORGANISATIONS, TEST_PARTNERS);
  return store;
}

/** Forgets every batch, row, session, attempt and intervention; organisations and partners stay. */
export async function clearData(store: Store): Promise<void> {
  await store.exec(
    'DELETE FROM aggregate_rows; DELETE FROM sessions; DELETE FROM attempts; ' +
      'DELETE FROM ingest_batches; DELETE FROM interventions;',
  );
}

/** The app on `store`, silent; `now` fixes its clock. */
export function testApp(store: Store, options: { now?: () => number } = {}): Hono<AppEnv> {
  return createApp({ store, logger: silentLogger, now: options.now });
}

/** The store and the app a test file works on, open from its first test to its last. */
export interface TestBackend {
  readonly store: Store;
  readonly app: Hono<AppEnv>;
}

/**
 * Opens one store and its app for the calling test file and closes them after its last test;
 * every test starts with no rows unless `keepData`. `now` fixes the app's clock.
 */
export function useTestBackend(
  options: { now?: () => number; keepData?: boolean } = {},
): TestBackend {
  const backend = {} as { store: Store; app: Hono<AppEnv> };
  beforeAll(async () => {
    backend.store = await openTestStore();
    backend.app = testApp(backend.store, { now: options.now });
  }, 30_000);
  afterAll(() => backend.store.close());
  if (!options.keepData) beforeEach(() => clearData(backend.store));
  return backend;
}

/** A valid row on the receipt form; override what the test is about. */
export function row(overrides: Partial<AggregateRow> = {}): AggregateRow {
  return {
    day: '2026-12-01',
    flow: 'inventory.receipt',
    app: 'stock.menu_stock_root',
    model: 'stock.picking',
    viewType: 'form',
    state: 'assigned',
    user: USER_ANA,
    session: '00000000-0000-4000-8000-000000000001',
    events: 1,
    ...overrides,
  };
}

export function batch(rows: AggregateRow[], batchId: string = randomUUID()): IngestBatch {
  return { batchId, client: 'pathlight-test/0.1.0', rows, sessions: [], attempts: [] };
}

/** A valid session row; override what the test is about. */
export function sessionRow(overrides: Partial<SessionRow> = {}): SessionRow {
  return {
    day: '2026-12-01',
    session: '00000000-0000-4000-8000-000000000001',
    user: USER_ANA,
    cohort: { role: 'warehouse', team: 'north-site', tenure: 'new' },
    ...overrides,
  };
}

/** A batch of session rows and attempts only, as an extension sends when no screen changed. */
export function attemptBatch(
  attempts: AttemptRow[],
  sessions: SessionRow[] = [],
  batchId: string = randomUUID(),
): IngestBatch {
  return { batchId, client: 'pathlight-test/0.1.0', rows: [], sessions, attempts };
}

/** Posts `body` to `/v1/ingest`; a non-string body is sent as JSON. */
export function postIngest(
  app: Hono<AppEnv>,
  token: string | null,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return Promise.resolve(
    app.request('/v1/ingest', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
}

/**
 * Two batches from three sessions of two known users plus one unknown user:
 * receipt flow 2 sessions / 2 users / 9 events; outside flows 1 session / 0 users / 4 events;
 * sales flow 1 session / 1 user / 2 events; in total 3 sessions, 2 users, 15 events.
 */
export function scenarioBatches(): IngestBatch[] {
  return [
    batch([
      row({
        session: '00000000-0000-4000-8000-000000000001',
        user: USER_ANA,
        viewType: 'list',
        state: null,
        events: 2,
      }),
      row({
        session: '00000000-0000-4000-8000-000000000001',
        user: USER_ANA,
        viewType: 'form',
        events: 3,
      }),
      row({
        session: '00000000-0000-4000-8000-000000000002',
        user: USER_BEN,
        viewType: 'form',
        events: 4,
      }),
    ]),
    batch([
      row({
        session: '00000000-0000-4000-8000-000000000002',
        user: USER_BEN,
        flow: 'sales.order-to-payment',
        app: 'sale.sale_menu_root',
        model: 'sale.order',
        state: 'draft',
        events: 2,
      }),
      row({
        session: '00000000-0000-4000-8000-000000000003',
        user: null,
        flow: null,
        app: 'crm.crm_menu_root',
        model: 'crm.lead',
        viewType: 'kanban',
        state: null,
        events: 4,
      }),
    ]),
  ];
}

/** What the summary of `scenarioBatches()` must say, in its order. */
export const SCENARIO_SUMMARY: Omit<OrgSummary, 'org'> = {
  flows: [
    { flow: 'inventory.receipt', name: 'Receive goods', sessions: 2, users: 2, events: 9 },
    { flow: null, name: 'Outside known flows', sessions: 1, users: 0, events: 4 },
    {
      flow: 'sales.order-to-payment',
      name: 'Sales order to payment',
      sessions: 1,
      users: 1,
      events: 2,
    },
  ],
  screens: [
    {
      flow: 'inventory.receipt',
      app: 'stock.menu_stock_root',
      model: 'stock.picking',
      viewType: 'form',
      state: 'assigned',
      sessions: 2,
      users: 2,
      events: 7,
    },
    {
      flow: null,
      app: 'crm.crm_menu_root',
      model: 'crm.lead',
      viewType: 'kanban',
      state: null,
      sessions: 1,
      users: 0,
      events: 4,
    },
    {
      flow: 'inventory.receipt',
      app: 'stock.menu_stock_root',
      model: 'stock.picking',
      viewType: 'list',
      state: null,
      sessions: 1,
      users: 1,
      events: 2,
    },
    {
      flow: 'sales.order-to-payment',
      app: 'sale.sale_menu_root',
      model: 'sale.order',
      viewType: 'form',
      state: 'draft',
      sessions: 1,
      users: 1,
      events: 2,
    },
  ],
  totals: { sessions: 3, users: 2, events: 15 },
};

/** Posts the scenario's batches (or `batches`) as `org`, failing loudly on a refusal. */
export async function ingestScenario(
  app: Hono<AppEnv>,
  org: OrganisationConfig = NORTHWIND,
  batches: IngestBatch[] = scenarioBatches(),
): Promise<void> {
  for (const sent of batches) {
    const response = await postIngest(app, org.ingestToken, sent);
    if (response.status !== 202) {
      throw new Error(`scenario batch refused: ${response.status} ${await response.text()}`);
    }
  }
}

/** GETs the JSON summary of `org` with a read token in the Authorization header. */
export async function getSummary(
  app: Hono<AppEnv>,
  orgId: string,
  token: string | null,
): Promise<Response> {
  return app.request(`/v1/orgs/${orgId}/summary`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
}
