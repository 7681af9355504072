/**
 * The demo: the whole product end to end on one machine. Starts the backend on its embedded
 * store and the Odoo-like sandbox, drives simulated users through it in headless Chromium with
 * the real extension loaded, then prints a summary per flow and the dashboard's address.
 *
 *   npm run demo             # keeps serving the dashboard until Ctrl-C
 *   npm run demo -- --exit   # stops after the summary
 */
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';

import { createLogger } from '../backend/src/logger.ts';
import type { StoredEvent } from '../core/events/schema.ts';
import { BUILT_IN_PATHS, matchAttempts, type Attempt } from '../core/flows/index.ts';
import { startBackend, type RunningBackend } from '../backend/src/start.ts';
import { startSandbox, type Sandbox } from './sandbox/server.ts';
import { EXTENSION_DIR, launchWithExtension } from './support/launch.ts';
import { describeListenError, portFrom } from './support/listen-errors.ts';
import { settledEvents } from './support/settle.ts';
import { SimulatedUser, type OdooVariant } from './support/simulated-user.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const DATA_DIR = path.join(ROOT, '.data', 'demo');
const BACKEND_PORT_SETTING = 'PATHLIGHT_DEMO_BACKEND_PORT';
const SANDBOX_PORT_SETTING = 'PATHLIGHT_DEMO_SANDBOX_PORT';

/** The organisation of `backend/demo-organisations.json`. */
const ORG = { id: 'demo', ingestToken: 'demo-ingest-token', readToken: 'demo-read-token' };

interface Persona {
  login: string;
  variant: OdooVariant;
  job: string;
  run(user: SimulatedUser): Promise<void>;
}

const PERSONAS: Persona[] = [
  {
    login: 'ana',
    variant: 18,
    job: 'receives goods',
    run: (user) => user.receiveGoods({ backorder: false }),
  },
  {
    login: 'ben',
    variant: 18,
    job: 'receives part of a delivery and creates a backorder',
    run: (user) => user.receiveGoods({ backorder: true }),
  },
  {
    login: 'chloe',
    variant: 18,
    job: 'takes a quotation through invoice to payment',
    run: (user) => user.orderToPayment('S00001'),
  },
  {
    login: 'dev',
    variant: 17,
    job: 'receives goods',
    run: (user) => user.receiveGoods({ backorder: false }),
  },
  {
    login: 'eve',
    variant: 17,
    job: 'takes a quotation through invoice to payment',
    run: (user) => user.orderToPayment('S00001'),
  },
];

interface FlowSummary {
  flow: string | null;
  name: string;
  sessions: number;
  users: number;
  events: number;
}

async function main(): Promise<void> {
  const keepServing = !process.argv.includes('--exit');
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(
      `no extension build in ${EXTENSION_DIR}: run npm run build [extension_not_built]`,
    );
  }
  const backendPort = portFrom(process.env[BACKEND_PORT_SETTING], 8787, BACKEND_PORT_SETTING);
  const sandboxPort = portFrom(process.env[SANDBOX_PORT_SETTING], 8069, SANDBOX_PORT_SETTING);

  // Every run starts from an empty store, so the summary shows this run's users only.
  step(`Starting the backend on PGlite in ${path.relative(ROOT, DATA_DIR)}/ (emptied first)`);
  rmSync(DATA_DIR, { recursive: true, force: true });
  const backend = await startBackend({
    port: backendPort,
    dataDir: DATA_DIR,
    logger: createLogger({ level: 'warn' }),
  }).catch((error: unknown) => {
    throw new Error(describeListenError(error, backendPort, BACKEND_PORT_SETTING));
  });
  step(`Starting the Odoo sandbox on port ${sandboxPort}`);
  const sandbox = await startSandbox({ port: sandboxPort, buttonDelayMs: [300, 600] }).catch(
    async (error: unknown) => {
      await backend.close();
      throw new Error(describeListenError(error, sandboxPort, SANDBOX_PORT_SETTING));
    },
  );

  const stop = async () => {
    await sandbox.close();
    await backend.close();
  };
  process.once('SIGINT', () => void stop().then(() => process.exit(130)));

  const events: StoredEvent[] = [];
  for (const [index, persona] of PERSONAS.entries()) {
    events.push(
      ...(await runPersona(persona, `[${index + 1}/${PERSONAS.length}]`, sandbox, backend)),
    );
  }

  const summary = await fetchSummary(backend);
  console.log(`\n${formatFlows(summary)}\n`);
  console.log(`${formatAttempts(matchAttempts(events, BUILT_IN_PATHS))}\n`);
  const dashboard = `${backend.url}/orgs/${ORG.id}?token=${ORG.readToken}`;
  console.log(`Dashboard: ${dashboard}`);

  if (keepServing) {
    console.log(`Sandbox:   ${sandbox.url}/web/login\n\nServing until Ctrl-C.`);
    return;
  }
  await stop();
}

async function runPersona(
  persona: Persona,
  counter: string,
  sandbox: Sandbox,
  backend: RunningBackend,
): Promise<StoredEvent[]> {
  const started = Date.now();
  process.stdout.write(`${counter} ${persona.login} (Odoo ${persona.variant}) ${persona.job} … `);

  // Each simulated user starts from the same seeded Odoo, in a browser of their own.
  sandbox.reset();
  const browser = await launchWithExtension();
  try {
    await browser.configure({
      backendUrl: backend.url,
      ingestToken: ORG.ingestToken,
      pseudonymSecret: 'demo-secret-kept-by-the-client-it',
    });
    const page = await browser.newPage();
    const user = new SimulatedUser(page, sandbox.url, persona.login, persona.variant);
    await user.logIn();
    await persona.run(user);

    const events = await settledEvents(browser);
    const report = (await browser.syncNow()) as { ok: boolean; value?: { sent?: number } };
    const sent = report.ok ? (report.value?.sent ?? 0) : 0;
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`${events.length} events, ${sent} batch sent (${seconds} s)`);
    return events;
  } finally {
    await browser.close();
  }
}

async function fetchSummary(backend: RunningBackend): Promise<FlowSummary[]> {
  const response = await fetch(`${backend.url}/v1/orgs/${ORG.id}/summary`, {
    headers: { authorization: `Bearer ${ORG.readToken}` },
  });
  if (!response.ok) throw new Error(`summary failed with HTTP ${response.status}`);
  return ((await response.json()) as { flows: FlowSummary[] }).flows;
}

function formatFlows(flows: FlowSummary[]): string {
  return table(
    ['Flow', 'Sessions', 'Unique users', 'Events'],
    flows.map((flow) => [
      flow.name,
      String(flow.sessions),
      String(flow.users),
      String(flow.events),
    ]),
  );
}

/** The golden-path attempts in the users' own events, as the extension keeps them. */
function formatAttempts(attempts: Attempt[]): string {
  const rows = BUILT_IN_PATHS.flatMap((path) => {
    const of = attempts.filter((attempt) => attempt.path === path.id);
    if (of.length === 0) return [];
    const completed = of.filter((attempt) => attempt.status === 'completed');
    const times = completed.map((attempt) => attempt.durationMs).sort((a, b) => a - b);
    const median = times.length
      ? `${(times[Math.floor((times.length - 1) / 2)]! / 1000).toFixed(1)} s`
      : '-';
    return [[path.name, String(of.length), String(completed.length), median]];
  });
  return table(['Golden path', 'Attempts', 'Completed', 'Median time'], rows);
}

/** A plain text table: the first column left-aligned, the others right-aligned. */
function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[0]!) : cell.padStart(widths[column]!),
      )
      .join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

function step(message: string): void {
  console.log(`· ${message}`);
}

main().catch((error: unknown) => {
  console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
