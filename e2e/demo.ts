/**
 * The demo: the whole product end to end on one machine. Starts the backend on its embedded
 * store and the Odoo-like sandbox, seeds six weeks of a client's history, drives simulated users
 * through the sandbox in headless Chromium with the real extension loaded (one of them stuck, and
 * helped by a hint), then prints a summary per flow, the weekly reviews and the dashboard's
 * address.
 *
 *   npm run demo             # keeps serving the dashboard until Ctrl-C
 *   npm run demo -- --exit   # stops after the summary
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { renderReviewSummary, type WeeklyReview } from '../core/analysis/index.ts';
import type { StoredEvent } from '../core/events/schema.ts';
import { BUILT_IN_PATHS, matchAttempts, type Attempt } from '../core/flows/index.ts';
import { createLogger } from '../backend/src/logger.ts';
import { startBackend, type RunningBackend } from '../backend/src/start.ts';
import { dataDirInUse } from '../backend/src/store/lock-data-dir.ts';
import { seedScenario } from '../backend/src/testing/seed-scenario.ts';
import { DEMO_PERSONAS, type DemoPersona } from './demo/personas.ts';
import { textTable } from './demo/text-table.ts';
import { UNCOUNTED_RECEIPT } from './sandbox/seed.ts';
import { startSandbox, type Sandbox } from './sandbox/server.ts';
import { generateScenario } from './scenario/index.ts';
import { EXTENSION_DIR, launchWithExtension, waitFor } from './support/launch.ts';
import { assertPortFree, describeListenError, portFrom } from './support/listen-errors.ts';
import { settledEvents } from './support/settle.ts';
import { SimulatedUser } from './support/simulated-user.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const DATA_DIR = path.join(ROOT, '.data', 'demo');
const BACKEND_PORT_SETTING = 'PATHLIGHT_DEMO_BACKEND_PORT';
const SANDBOX_PORT_SETTING = 'PATHLIGHT_DEMO_SANDBOX_PORT';
const FLAGS = ['--exit'];

/** The organisation and partner of `backend/demo-organisations.json`. */
const ORG = { id: 'demo', ingestToken: 'demo-ingest-token' };
const PARTNER_TOKEN = 'demo-partner-token';

/** The weeks the seeded history ends with: the problems, then the week after the training. */
const REVIEW_WEEKS = ['2026-W48', '2026-W49'] as const;

/** The part of the extension API the demo reads in the service worker. */
declare const chrome: {
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
};

interface FlowSummary {
  flow: string | null;
  name: string;
  sessions: number;
  users: number;
  events: number;
}

async function main(): Promise<void> {
  const unknown = process.argv.slice(2).filter((arg) => !FLAGS.includes(arg));
  if (unknown.length > 0) {
    throw new Error(
      `unknown option ${unknown.map((arg) => `"${arg}"`).join(', ')}: the only option is ` +
        '--exit, as in npm run demo -- --exit [usage]',
    );
  }
  const keepServing = !process.argv.includes('--exit');
  const backendPort = portFrom(process.env[BACKEND_PORT_SETTING], 8787, BACKEND_PORT_SETTING);
  const sandboxPort = portFrom(process.env[SANDBOX_PORT_SETTING], 8069, SANDBOX_PORT_SETTING);
  // What would stop the demo half-way is checked before the build, which takes a while.
  if (await dataDirInUse(DATA_DIR)) {
    throw new Error(
      `${path.relative(ROOT, DATA_DIR)}/ is in use by a demo that is still running: stop it ` +
        '(Ctrl-C) first [data_dir_locked]',
    );
  }
  await assertPortFree(backendPort, BACKEND_PORT_SETTING);
  await assertPortFree(sandboxPort, SANDBOX_PORT_SETTING);

  step('Building the extension');
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0 || !existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`the extension build failed (see above) [build_failed]`);
  }

  // Every run starts from an empty store, so the figures are this run's only.
  step(`Starting the backend on PGlite in ${path.relative(ROOT, DATA_DIR)}/ (emptied first)`);
  rmSync(DATA_DIR, { recursive: true, force: true });
  const backend = await startBackend({
    port: backendPort,
    dataDir: DATA_DIR,
    logger: createLogger({ level: 'warn' }),
    // Someone emptied the folder under this demo: its answers would be errors from now on.
    onFatal: (error) => {
      console.error(`demo: ${error.message} [${error.code}]`);
      process.exit(1);
    },
  }).catch((error: unknown) => {
    throw new Error(describeListenError(error, backendPort, BACKEND_PORT_SETTING));
  });
  step(`Starting the Odoo sandbox on port ${sandboxPort}`);
  const sandbox = await startSandbox({
    port: sandboxPort,
    buttonDelayMs: [300, 600],
    seed: UNCOUNTED_RECEIPT,
  }).catch(async (error: unknown) => {
    await backend.close();
    throw new Error(describeListenError(error, sandboxPort, SANDBOX_PORT_SETTING));
  });

  const stop = async () => {
    await sandbox.close();
    await backend.close();
  };
  process.once('SIGINT', () => void stop().then(() => process.exit(130)));

  await seedHistory(backend);

  const events: StoredEvent[] = [];
  for (const [index, persona] of DEMO_PERSONAS.entries()) {
    const counter = `[${index + 1}/${DEMO_PERSONAS.length}]`;
    events.push(...(await runPersona(persona, counter, sandbox, backend)));
  }

  console.log(`\n${formatFlows(await readApi<{ flows: FlowSummary[] }>(backend, 'summary'))}\n`);
  console.log(`${formatAttempts(matchAttempts(events, BUILT_IN_PATHS))}\n`);
  for (const week of REVIEW_WEEKS) {
    const review = await readApi<WeeklyReview>(backend, `review?week=${week}`);
    console.log(`${renderReviewSummary(review)}\n`);
  }

  if (!keepServing) {
    await stop();
    console.log('Run npm run demo without --exit to open the dashboard and the review.');
    return;
  }
  const link = (page: string) => `${backend.url}${page}token=${PARTNER_TOKEN}`;
  console.log(`Dashboard: ${link(`/orgs/${ORG.id}?week=${REVIEW_WEEKS[1]}&`)}`);
  console.log(`Review:    ${link(`/orgs/${ORG.id}/review?week=${REVIEW_WEEKS[1]}&`)}`);
  console.log(
    `For the call: npx pathlight review --org ${ORG.id} --week ${REVIEW_WEEKS[1]} ` +
      `--backend ${backend.url} --token ${PARTNER_TOKEN} --out review.md`,
  );
  console.log(`Sandbox:   ${sandbox.url}/web/login\n\nServing until Ctrl-C.`);
}

/**
 * Six weeks of the client's colleagues at work, as their extensions would have sent them, and
 * the training the partner recorded. The users' logins are written next to the store, so that
 * `pathlight resolve` can be tried on the pseudonyms the review names.
 */
async function seedHistory(backend: RunningBackend): Promise<void> {
  const started = Date.now();
  process.stdout.write('· Seeding six weeks of the client’s history (2026-W44 to W49) … ');
  const scenario = await generateScenario();
  const seeded = await seedScenario(scenario, {
    backendUrl: backend.url,
    org: ORG.id,
    ingestToken: ORG.ingestToken,
    readToken: PARTNER_TOKEN,
  });
  const users = ['id,login', ...scenario.users.map((user) => `${user.uid},${user.login}`)];
  writeFileSync(path.join(DATA_DIR, 'users.csv'), `${users.join('\n')}\n`);
  writeFileSync(path.join(DATA_DIR, 'pseudonym-secret'), `${scenario.secret}\n`);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `${scenario.users.length} colleagues, ${seeded.sessions} sessions, ` +
      `${seeded.attempts} attempts, ${seeded.interventions} intervention (${seconds} s)`,
  );
}

async function runPersona(
  persona: DemoPersona,
  counter: string,
  sandbox: Sandbox,
  backend: RunningBackend,
): Promise<StoredEvent[]> {
  const started = Date.now();
  process.stdout.write(`${counter} ${persona.login} (Odoo ${persona.variant}) ${persona.job} … `);

  // Each simulated user starts from the same seeded Odoo, in a browser of their own.
  sandbox.reset();
  const launched = await launchWithExtension();
  try {
    await launched.configure({
      backendUrl: backend.url,
      ingestToken: ORG.ingestToken,
      pseudonymSecret: 'demo-secret-kept-by-the-client-it',
    });
    // The organisation's hint pack arrives with the settings; a stuck user needs it at once.
    await waitFor(
      async () =>
        (await launched.worker.evaluate(() => chrome.storage.local.get('hintPack'))).hintPack !==
        undefined,
      15_000,
      "the organisation's hint pack",
    );
    const page = await launched.newPage();
    await page.setViewport({ width: 1400, height: 900 });
    const user = new SimulatedUser(page, sandbox.url, persona.login, persona.variant);
    await user.logIn();
    const note = await persona.run({ user, launched });

    const events = await settledEvents(launched);
    const report = (await launched.syncNow()) as { ok: boolean; value?: { sent?: number } };
    const sent = report.ok ? (report.value?.sent ?? 0) : 0;
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const outcomes = events.flatMap((event) => (event.type === 'hint' ? [event.outcome] : []));
    console.log(`${events.length} events, ${sent} batch sent (${seconds} s)`);
    if (note) console.log(`      ${note}`);
    if (outcomes.length > 0) console.log(`      hint outcome: ${outcomes.join(' → ')}`);
    return events;
  } finally {
    await launched.close();
  }
}

/** A read of the demo organisation's API with the partner's token. */
async function readApi<T>(backend: RunningBackend, what: string): Promise<T> {
  const response = await fetch(`${backend.url}/v1/orgs/${ORG.id}/${what}`, {
    headers: { authorization: `Bearer ${PARTNER_TOKEN}` },
  });
  if (!response.ok) throw new Error(`GET ${what} failed with HTTP ${response.status}`);
  return (await response.json()) as T;
}

function formatFlows({ flows }: { flows: FlowSummary[] }): string {
  return textTable(
    ['Flow', 'Sessions', 'Unique users', 'Events'],
    flows.map((flow) => [
      flow.name,
      String(flow.sessions),
      String(flow.users),
      String(flow.events),
    ]),
  );
}

/** The golden-path attempts in the live users' own events, as the extension keeps them. */
function formatAttempts(attempts: Attempt[]): string {
  const rows = BUILT_IN_PATHS.flatMap((golden) => {
    const of = attempts.filter((attempt) => attempt.path === golden.id);
    if (of.length === 0) return [];
    const completed = of.filter((attempt) => attempt.status === 'completed');
    const times = completed.map((attempt) => attempt.durationMs).sort((a, b) => a - b);
    const median = times.length
      ? `${(times[Math.floor((times.length - 1) / 2)]! / 1000).toFixed(1)} s`
      : '-';
    return [[golden.name, String(of.length), String(completed.length), median]];
  });
  return textTable(['Golden path (live users)', 'Attempts', 'Completed', 'Median time'], rows);
}

function step(message: string): void {
  console.log(`· ${message}`);
}

main().catch((error: unknown) => {
  console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
