import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createLogger } from '../backend/src/logger.ts';
import { startBackend, type RunningBackend } from '../backend/src/start.ts';
import { startSandbox, type Sandbox } from './sandbox/server.ts';
import { findCanaries, formatHit, haystackOf, type Haystack } from './support/canaries.ts';
import { countRecords, dumpExtensionStorage } from './support/extension-storage.ts';
import { launchWithExtension, waitFor, type LaunchedBrowser } from './support/launch.ts';
import { recordNetwork, type RecordedRequest } from './support/network-recorder.ts';
import { createPrivacyCanaries, privacySeedPatch } from './support/privacy-canaries.ts';
import { runEveryFlow } from './support/privacy-flows.ts';

/**
 * Privacy, proven: canaries sit in every kind of text Odoo shows (record and partner names,
 * breadcrumbs, the page title, field values of every widget, tooltips, placeholders, chatter,
 * hidden inputs, the session info) and are typed into every kind of field; a user then runs
 * every sandbox flow with the real extension, which syncs to a real backend. Nothing the
 * extension stored, sent or made the backend store may contain any canary.
 *
 * Set `PATHLIGHT_PRIVACY_DUMP=<file>` to write the canaries and everything searched to a file.
 */

const INGEST_TOKEN = 'privacy-ingest-token-0001';
/** Minimum events the flows below must leave, so the test cannot pass by capturing nothing. */
const MIN_EVENTS = 50;

const canaries = createPrivacyCanaries();
const backendLog: string[] = [];

let backend: RunningBackend;
let sandbox: Sandbox;
let launched: LaunchedBrowser;
let workDir: string;

interface Evidence {
  storage: Haystack[];
  requests: RecordedRequest[];
  backendRows: Haystack[];
  eventCount: number;
  batchCount: number;
  rowCount: number;
}
let evidence: Evidence;

beforeAll(async () => {
  workDir = mkdtempSync(path.join(tmpdir(), 'pathlight-privacy-'));
  [backend, sandbox, launched] = await Promise.all([
    startBackend({
      organisations: [
        {
          id: 'acme',
          name: 'Acme Furniture',
          ingestToken: INGEST_TOKEN,
          readToken: 'privacy-read-token-0001',
        },
      ],
      logger: createLogger({ level: 'debug', write: (line) => backendLog.push(line) }),
    }),
    startSandbox({ buttonDelayMs: [50, 120] }),
    launchWithExtension({
      log: (line) => {
        if (/^\[page (error|warn)/.test(line)) process.stderr.write(`${line}\n`);
      },
    }),
  ]);
  await launched.configure({
    backendUrl: backend.url,
    ingestToken: INGEST_TOKEN,
    pseudonymSecret: 'privacy-secret-of-the-organisation',
  });
  const seeded = await fetch(`${sandbox.url}/sandbox/seed`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(privacySeedPatch(canaries)),
  });
  expect(await seeded.json()).toEqual({ ok: true });

  const network = await recordNetwork(launched.browser, launched.extensionId);
  const page = await launched.newPage();
  await network.attach(page.target());
  await page.setViewport({ width: 1400, height: 1000 });

  await runEveryFlow(page, { sandboxUrl: sandbox.url, canaries, workDir });
  expect(sandbox.store.data.saleOrders.find((order) => order.id === 1)).toMatchObject({
    clientOrderRef: canaries.typed.customerRef.value,
    accessCode: canaries.typed.accessCode.value,
  });

  await settle();
  const report = await launched.syncNow();
  expect(report).toMatchObject({ ok: true });

  evidence = await collectEvidence(network);
  await network.stop();
  if (process.env.PATHLIGHT_PRIVACY_DUMP) {
    const dump = JSON.stringify({ canaries, evidence, backendLog }, null, 1);
    writeFileSync(process.env.PATHLIGHT_PRIVACY_DUMP, dump);
  }
}, 300_000);

afterAll(async () => {
  await launched?.close();
  await sandbox?.close();
  await backend?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('privacy: canaries in every kind of Odoo text never leave the page', () => {
  it('captures the flows and syncs them, so the search below looks at real data', () => {
    expect(evidence.eventCount).toBeGreaterThanOrEqual(MIN_EVENTS);
    expect(evidence.batchCount).toBeGreaterThanOrEqual(1);
    expect(evidence.rowCount).toBeGreaterThanOrEqual(1);

    const fromExtension = evidence.requests.filter((request) => request.fromExtension);
    expect(fromExtension.map((request) => request.url)).toEqual(
      expect.arrayContaining([
        `${sandbox.url}/web/session/get_session_info`,
        expect.stringMatching(new RegExp(`^${escapeRegExp(backend.url)}/`)),
      ]),
    );
  });

  it('finds the typed canaries in what the page itself sent to Odoo, so the search works', () => {
    const { planted, typed } = canaries;
    const sentByOdoo = [
      planted.login,
      typed.password,
      typed.quantityOrigin,
      typed.pickingNote,
      typed.lot,
      typed.orderNote,
      typed.tag,
      typed.customerRef,
      typed.accessCode,
      typed.email,
      typed.phone,
      typed.validity,
      typed.commitment,
      typed.weight,
      typed.deposit,
      typed.internalNote,
    ];
    const haystacks = evidence.requests
      .filter((request) => !request.fromExtension && request.url.startsWith(sandbox.url))
      .map((request) => haystackOf(request.url, request.postData ?? ''));

    const found = new Set(findCanaries(sentByOdoo, haystacks).map((hit) => hit.kind));
    expect(sentByOdoo.filter((canary) => !found.has(canary.kind)).map((c) => c.kind)).toEqual([]);
  });

  it("keeps no canary in the extension's IndexedDB or storage", () => {
    const hits = findCanaries(canaries.all, evidence.storage);

    expect(hits.map(formatHit)).toEqual([]);
  });

  it('sends no canary in any request the extension made', () => {
    const haystacks = evidence.requests
      .filter((request) => request.fromExtension || !request.url.startsWith(sandbox.url))
      .map((request) =>
        haystackOf(
          `request ${request.method} ${request.url} (${request.target})`,
          `${request.url}\n${request.postData ?? ''}`,
        ),
      );

    expect(haystacks.length).toBeGreaterThan(0);
    expect(findCanaries(canaries.all, haystacks).map(formatHit)).toEqual([]);
  });

  it("lets no canary reach the backend's tables or log", () => {
    const haystacks = [
      ...evidence.backendRows,
      ...backendLog.map((line, index) => haystackOf(`backend log line ${index + 1}`, line)),
    ];

    expect(findCanaries(canaries.all, haystacks).map(formatHit)).toEqual([]);
  });
});

/** Waits until no event has arrived in the extension's store for half a second. */
async function settle(): Promise<void> {
  let count = -1;
  await waitFor(
    async () => {
      const previous = count;
      count = (await launched.readEvents()).length;
      await new Promise((resolve) => setTimeout(resolve, 500));
      return count === previous;
    },
    15_000,
    'the extension to store the last events',
  );
}

async function collectEvidence(
  network: Awaited<ReturnType<typeof recordNetwork>>,
): Promise<Evidence> {
  const stored = await dumpExtensionStorage(launched.worker);
  const storage = [
    ...stored.map((item) => haystackOf(`${item.where}${eventSummary(item.value)}`, item.value)),
    ...(await webStorage()),
  ];

  const tables = await backend.store.query<{ table_name: string }>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
  );
  const backendRows: Haystack[] = [];
  const counts: Record<string, number> = {};
  for (const { table_name: table } of tables) {
    const rows = await backend.store.query(`SELECT * FROM "${table}"`);
    counts[table] = rows.length;
    rows.forEach((row, index) =>
      backendRows.push(haystackOf(`backend table ${table} row ${index + 1}`, row)),
    );
  }

  return {
    storage,
    requests: await network.requests(),
    backendRows,
    eventCount: countRecords(stored, 'events'),
    batchCount: counts.ingest_batches ?? 0,
    rowCount: counts.aggregate_rows ?? 0,
  };
}

/** `localStorage` and `sessionStorage` of the extension's pages and of the Odoo pages. */
async function webStorage(): Promise<Haystack[]> {
  const read = (page: Page) =>
    page.evaluate(() => ({ local: { ...localStorage }, session: { ...sessionStorage } }));
  const haystacks: Haystack[] = [];

  const options = await launched.browser.newPage();
  try {
    await options.goto(`chrome-extension://${launched.extensionId}/options.html`);
    const { local, session } = await read(options);
    haystacks.push(haystackOf('extension localStorage', local));
    haystacks.push(haystackOf('extension sessionStorage', session));
  } finally {
    await options.close();
  }

  for (const page of await launched.browser.pages()) {
    if (!page.url().startsWith(sandbox.url)) continue;
    const { local, session } = await read(page);
    haystacks.push(haystackOf(`Odoo page localStorage (${page.url()})`, local));
    haystacks.push(haystackOf(`Odoo page sessionStorage (${page.url()})`, session));
  }
  return haystacks;
}

/** ` (click, role menu)` for a stored event, so a hit says what kind of event leaked. */
function eventSummary(value: unknown): string {
  const event = value as { type?: unknown; target?: { role?: unknown } } | null;
  if (typeof event?.type !== 'string') return '';
  const role = typeof event.target?.role === 'string' ? `, role ${event.target.role}` : '';
  return ` (${event.type}${role})`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
