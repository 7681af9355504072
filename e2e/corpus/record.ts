/**
 * Records the detection corpus: drives the sandbox in headless Chromium with the built extension
 * (`npm run build` first), one scripted persona per scenario of `scenarios.ts`, and writes each
 * trace as `traces/NAME.jsonl` with its labels as `traces/NAME.labels.json`.
 *
 *   npx tsx e2e/corpus/record.ts              # every scenario
 *   npx tsx e2e/corpus/record.ts rage-print   # only the scenarios named
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { Page } from 'puppeteer-core';

import type { StoredEvent } from '../../core/events/schema.ts';
import { traceEventOf, traceHeader, writeTrace } from '../../core/trace/index.ts';
import { startSandbox, type Sandbox } from '../sandbox/server.ts';
import { launchWithExtension, type LaunchedBrowser } from '../support/launch.ts';
import type { Labels } from './labels.ts';
import { Persona, sleep, type Speed } from './persona.ts';
import { CORPUS_DIR } from './read-corpus.ts';
import { SCENARIOS, type Scenario, type ScenarioContext } from './scenarios.ts';

const DAY_MS = 86_400_000;

/** Button call times per speed: Odoo on a good day, a busy server, a very slow report. */
const DELAYS: Record<Speed, number | [number, number]> = {
  normal: [300, 600],
  slow: 4000,
  very_slow: 12_000,
};

/** Longer than capture's 1.5 s effect window, so the last click's answer is in the trace. */
const SETTLE_MS = 2500;

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

async function main(names: string[]): Promise<void> {
  const chosen = names.length ? SCENARIOS.filter((s) => names.includes(s.name)) : SCENARIOS;
  const unknown = names.filter((name) => !SCENARIOS.some((s) => s.name === name));
  if (unknown.length) throw new Error(`unknown scenario(s): ${unknown.join(', ')}`);

  const workDir = mkdtempSync(path.join(tmpdir(), 'pathlight-corpus-'));
  const importFile = path.join(workDir, 'quotations.csv');
  writeFileSync(importFile, 'name,client_order_ref\nS00001,REF-1\n');

  const sandboxes = Object.fromEntries(
    await Promise.all(
      Object.entries(DELAYS).map(async ([speed, buttonDelayMs]) => [
        speed,
        await startSandbox({ buttonDelayMs }),
      ]),
    ),
  ) as Record<Speed, Sandbox>;
  const launched = await launchWithExtension();
  await launched.configure({ pseudonymSecret: 'corpus-pseudonym-secret-0123456789' });
  const download = await watchDownloads(launched, workDir);

  try {
    for (const scenario of chosen) {
      const started = Date.now();
      try {
        const count = await record(scenario, { launched, sandboxes, importFile, download });
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        process.stdout.write(`${scenario.name}: ${count} events (${seconds} s)\n`);
      } catch (error) {
        // One broken script must not cost the others their recording.
        const message = error instanceof Error ? error.message : String(error);
        process.stderr.write(`${scenario.name}: not recorded: ${message} [scenario_failed]\n`);
        process.exitCode = 1;
        for (const page of await launched.browser.pages()) await page.close();
      }
    }
  } finally {
    await launched.close();
    await Promise.all(Object.values(sandboxes).map((sandbox) => sandbox.close()));
    rmSync(workDir, { recursive: true, force: true });
  }
}

interface Recorder {
  launched: LaunchedBrowser;
  sandboxes: Record<Speed, Sandbox>;
  importFile: string;
  download: () => Promise<void>;
}

async function record(scenario: Scenario, recorder: Recorder): Promise<number> {
  const { launched, importFile, download } = recorder;
  const sandbox = recorder.sandboxes[scenario.speed ?? 'normal'];
  sandbox.reset();
  await deleteStored(launched);

  const pages: Page[] = [];
  const login = async (name: string) => {
    const page = await launched.newPage();
    await page.setViewport({ width: 1400, height: 900 });
    pages.push(page);
    const persona = new Persona(page, sandbox.url, name, 18);
    await persona.logIn();
    return persona;
  };

  const user = await login('ana');
  const ctx: ScenarioContext = { user, as: login, download, importFile };
  await scenario.run(ctx);
  await sleep(SETTLE_MS);
  for (const page of pages) await page.close();

  const events = (await launched.readEvents()).sort((a, b) => a.id! - b.id!);
  const shifted = scenario.sessionPerDay ? oneDayPerSession(events) : events;
  const header = traceHeader('pathlight-corpus/1', Date.now());
  writeFileSync(
    path.join(CORPUS_DIR, `${scenario.name}.jsonl`),
    writeTrace(header, shifted.map(traceEventOf)),
  );
  const labels: Labels = {
    description: scenario.description,
    fire: scenario.fire ?? {},
    notFire: scenario.notFire,
  };
  writeFileSync(
    path.join(CORPUS_DIR, `${scenario.name}.labels.json`),
    `${JSON.stringify(labels, null, 2)}\n`,
  );
  return events.length;
}

/** Moves each session after the first one day later than the one before. */
function oneDayPerSession(events: StoredEvent[]): StoredEvent[] {
  const order: string[] = [];
  for (const event of events) if (!order.includes(event.session)) order.push(event.session);
  return events.map((event) => {
    const shift = order.indexOf(event.session) * DAY_MS;
    const moved = { ...event, t: event.t + shift };
    return moved.type === 'no_effect' ? { ...moved, clickT: moved.clickT + shift } : moved;
  });
}

/** Empties the extension's store, so that each trace holds one scenario and fresh sessions. */
async function deleteStored(launched: LaunchedBrowser): Promise<void> {
  const page = await launched.browser.newPage();
  try {
    await page.goto(`chrome-extension://${launched.extensionId}/options.html`);
    await page.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'pathlight/delete-all', confirm: true }),
    );
  } finally {
    await page.close();
  }
}

/** Saves downloads in `dir`; the function returned resolves at the next finished download. */
async function watchDownloads(
  launched: LaunchedBrowser,
  dir: string,
): Promise<() => Promise<void>> {
  const session = await launched.browser.target().createCDPSession();
  let waiting: (() => void)[] = [];
  session.on('Browser.downloadProgress', (event) => {
    if (event.state !== 'completed') return;
    for (const resolve of waiting) resolve();
    waiting = [];
  });
  await session.send('Browser.setDownloadBehavior', {
    behavior: 'allow',
    downloadPath: dir,
    eventsEnabled: true,
  });
  return () => new Promise<void>((resolve) => waiting.push(resolve));
}

await main(process.argv.slice(2));
