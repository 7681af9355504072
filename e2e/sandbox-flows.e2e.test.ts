import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { flowOfScreen } from '../core/flows/assign.ts';
import { BUILT_IN_PATHS } from '../core/flows/library.ts';
import { loadAttempts, loadSessions } from '../backend/src/analysis-data/index.ts';
import { startBackend, type RunningBackend } from '../backend/src/start.ts';
import { createLogger } from '../backend/src/logger.ts';
import { startSandbox, type Sandbox } from './sandbox/server.ts';
import { launchWithExtension, type LaunchedBrowser } from './support/launch.ts';
import { settledEvents } from './support/settle.ts';
import { SimulatedUser } from './support/simulated-user.ts';

/**
 * The walking skeleton end to end: simulated users complete flows in the Odoo-like sandbox with
 * the real extension loaded, the extension syncs, and the partner's dashboard shows each flow
 * with the counts the extension recorded.
 */

const INGEST_TOKEN = 'e2e-ingest-token-0001';
const READ_TOKEN = 'e2e-read-token-0001';

let backend: RunningBackend;
let sandbox: Sandbox;
let launched: LaunchedBrowser;

beforeAll(async () => {
  [backend, sandbox, launched] = await Promise.all([
    startBackend({
      organisations: [
        { id: 'acme', name: 'Acme Furniture', ingestToken: INGEST_TOKEN, readToken: READ_TOKEN },
      ],
      logger: createLogger({ level: 'warn' }),
    }),
    startSandbox({ buttonDelayMs: [300, 400] }),
    launchWithExtension(),
  ]);
  await launched.configure({
    backendUrl: backend.url,
    ingestToken: INGEST_TOKEN,
    pseudonymSecret: 'e2e-secret-of-the-organisation',
    cohort: { role: 'warehouse', team: 'north-site', userSince: '2020-01-01' },
  });
});

afterAll(async () => {
  await launched?.close();
  await sandbox?.close();
  await backend?.close();
});

interface FlowRow {
  flow: string;
  sessions: number;
  users: number;
  events: number;
}

async function flowSummary(flow: string): Promise<FlowRow | undefined> {
  const summary = await fetch(`${backend.url}/v1/orgs/acme/summary`, {
    headers: { authorization: `Bearer ${READ_TOKEN}` },
  }).then((response) => response.json() as Promise<{ flows: FlowRow[] }>);
  return summary.flows.find((row) => row.flow === flow);
}

describe('flows in the sandbox reach the dashboard', () => {
  it('records the receipt flow in the extension and shows its counts on the dashboard', async () => {
    const page = await launched.newPage();
    const user = new SimulatedUser(page, sandbox.url, 'ana', 18);
    await user.logIn();
    await user.receiveGoods({ backorder: true });

    const events = await settledEvents(launched);
    const inFlow = events.filter(
      (event) => flowOfScreen(event.screen, BUILT_IN_PATHS) === 'inventory.receipt',
    );
    expect(inFlow).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          type: 'click',
          screen: expect.objectContaining({
            model: 'stock.picking',
            viewType: 'form',
            state: 'assigned',
          }),
          target: expect.objectContaining({ role: 'primary_action', name: 'button_validate' }),
        }),
        expect.objectContaining({
          type: 'dialog_open',
          dialog: { kind: 'wizard', model: 'stock.backorder.confirmation' },
        }),
        expect.objectContaining({
          type: 'click',
          target: expect.objectContaining({
            role: 'primary_action',
            name: 'process',
            inDialog: true,
          }),
        }),
        expect.objectContaining({
          type: 'click',
          screen: expect.objectContaining({ state: 'done' }),
          target: expect.objectContaining({ role: 'breadcrumb', depth: 1 }),
        }),
      ]),
    );

    const report = await launched.syncNow();
    expect(report).toMatchObject({ ok: true, value: { status: 'done', sent: 1, pending: 0 } });

    const summary = await fetch(`${backend.url}/v1/orgs/acme/summary`, {
      headers: { authorization: `Bearer ${READ_TOKEN}` },
    }).then((response) => response.json());
    const receipt = summary.flows.find(
      (flow: { flow: string }) => flow.flow === 'inventory.receipt',
    );
    expect(receipt).toEqual({
      flow: 'inventory.receipt',
      name: 'Receive goods',
      sessions: 1,
      users: 1,
      events: inFlow.length,
    });
    expect(summary.totals).toEqual({ sessions: 1, users: 1, events: events.length });

    // The attempt itself, step by step, with the cohort IT set: what the analysis reads.
    const today = new Date().toISOString().slice(0, 10);
    const range = { from: today, to: today };
    const [attempt, ...more] = await loadAttempts(backend.store, 'acme', range);
    expect(more).toEqual([]);
    expect(attempt).toMatchObject({
      path: 'inventory.receipt',
      status: 'completed',
      cohort: { role: 'warehouse', team: 'north-site', tenure: 'experienced' },
    });
    expect(attempt!.steps.map((step) => step.step)).toEqual([
      'receipts-list',
      'receipt-form',
      'quantities',
      'validate',
      'backorder-decision',
      'done',
    ]);
    expect(attempt!.user).toMatch(/^[0-9a-f]{32}$/);
    const sessions = await loadSessions(backend.store, 'acme', range);
    expect(sessions.map((row) => [row.session, row.user])).toEqual([
      [attempt!.session, attempt!.user],
    ]);

    await page.goto(`${backend.url}/orgs/acme?token=${READ_TOKEN}`);
    const cells = await page.$$eval('table tr', (rows) =>
      rows.map((row) =>
        Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent?.trim()),
      ),
    );
    expect(cells).toContainEqual(['Receive goods', '1', '1', String(inFlow.length)]);
  });

  it('records the sales flow through both wizards in the Odoo 17 variant', async () => {
    const page = await launched.newPage();
    const user = new SimulatedUser(page, sandbox.url, 'eve', 17);
    await user.logIn();
    await user.orderToPayment('S00001');

    const events = await settledEvents(launched);
    const sales = events.filter(
      (event) => flowOfScreen(event.screen, BUILT_IN_PATHS) === 'sales.order-to-payment',
    );
    const dialogs = sales.filter((event) => event.type === 'dialog_open');
    expect(dialogs.map((event) => event.type === 'dialog_open' && event.dialog)).toEqual([
      { kind: 'wizard', model: 'sale.advance.payment.inv' },
      { kind: 'wizard', model: 'account.payment.register' },
    ]);
    expect(sales.every((event) => event.screen.version === 17)).toBe(true);
    expect(sales).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          type: 'click',
          screen: expect.objectContaining({ model: 'sale.order', state: 'draft' }),
          target: expect.objectContaining({ name: 'action_confirm' }),
        }),
        expect.objectContaining({
          type: 'click',
          screen: expect.objectContaining({ model: 'account.move', state: 'draft' }),
          target: expect.objectContaining({ name: 'action_post' }),
        }),
      ]),
    );

    await launched.syncNow();

    expect(await flowSummary('sales.order-to-payment')).toMatchObject({
      sessions: 1,
      users: 1,
      events: sales.length,
    });
  });
});
