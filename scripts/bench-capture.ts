import type { Browser, KeyInput, Page } from 'puppeteer-core';

import type { StoredEvent } from '../core/events/schema.ts';
import {
  launchWithExtension,
  launchWithoutExtension,
  waitFor,
  type LaunchedBrowser,
} from '../e2e/support/launch.ts';
import { medianRun, printReport } from './bench/print-report.ts';
import { serveFixtures } from './bench/serve-fixtures.ts';
import type { Cost, Run } from './bench/types.ts';

/**
 * What capture costs the page: the same scripted work in headless Chromium without and with the
 * built extension (`npm run build` first), measured on the page's main thread with the DevTools
 * `Performance.getMetrics` counters (TaskDuration: all main-thread tasks; ScriptDuration: script
 * only; the content script runs on that thread) and, for the whole browser, the CPU time of every
 * Chromium process (`SystemInfo.getProcessInfo`, which includes the extension's service worker
 * and IndexedDB).
 *
 * (a) a 2,000-row list (`e2e/fixtures/bench/list.html`): 1,000 interactions (hovers, clicks on
 *     rows and buttons, keystrokes in the search box, a scroll now and then);
 * (b) a page whose DOM changes 10,000 times a second (`storm.html`) for STORM_SECONDS.
 *
 * Usage: `npm run bench:capture`, or `tsx scripts/bench-capture.ts [--rounds N]` after a build.
 * One round takes about a minute; with more rounds each figure is the median of the rounds.
 */

const INTERACTIONS = 1_000;
const STORM_SECONDS = 5;
/** Time for the content script to start after load, and for queued work to finish after a run. */
const SETTLE_MS = 1_000;
/** How long to wait after the storm for capture to say it recovered. */
const RECOVERY_WAIT_MS = 8_000;
/** Rows whose cells the pointer visits: those in the 1,000 px viewport. */
const VISIBLE_ROWS = 25;
const LETTERS: KeyInput[] = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];

const rounds = parseRounds(process.argv.slice(2));
const server = await serveFixtures();
try {
  const without: Run[] = [];
  const withExtension: Run[] = [];
  // Alternating, so a machine that gets busier slows both sides alike.
  for (let round = 1; round <= rounds; round += 1) {
    without.push(await runAll(false, round));
    withExtension.push(await runAll(true, round));
  }
  printReport(medianRun(without), medianRun(withExtension), rounds);
} finally {
  server.close();
}

async function runAll(extension: boolean, round: number): Promise<Run> {
  process.stdout.write(`round ${round}: ${extension ? 'with' : 'without'} the extension...\n`);
  const launched = extension ? await launchWithExtension() : await launchWithoutExtension();
  try {
    const page = await launched.newPage();
    await page.setViewport({ width: 1400, height: 1000 });
    const readEvents = extension ? () => (launched as LaunchedBrowser).readEvents() : null;

    const before = readEvents ? await settledCount(readEvents) : 0;
    const list = await runList(launched.browser, page);
    const afterList = readEvents ? await settledCount(readEvents) : 0;
    const storm = await runStorm(launched.browser, page);
    const states = readEvents ? await pageStatesAfterStorm(readEvents) : null;
    const afterStorm = readEvents ? await settledCount(readEvents) : 0;

    return {
      list,
      storm,
      interactions: INTERACTIONS,
      stormSeconds: STORM_SECONDS,
      events: states
        ? { list: afterList - before, storm: afterStorm - afterList, ...states }
        : undefined,
    };
  } finally {
    await launched.close();
  }
}

/** Scenario (a): 1,000 interactions on the 2,000-row list. */
async function runList(browser: Browser, page: Page): Promise<Cost> {
  await page.goto(`${server.url}/odoo/sales`);
  await page.waitForFunction(() => document.querySelectorAll('tr.o_data_row').length === 2000);
  await sleep(SETTLE_MS);

  const cells = await page.$$eval(
    'tr.o_data_row',
    (rows, count) =>
      rows.slice(0, count).flatMap((row) =>
        Array.from(row.querySelectorAll('td.o_data_cell'), (cell) => {
          const box = cell.getBoundingClientRect();
          return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
        }),
      ),
    VISIBLE_ROWS,
  );
  const center = async (selector: string) => {
    const box = (await (await page.$(selector))!.boundingBox())!;
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  };
  const buttons = await Promise.all(
    ['.o_pager_next', '.o_pager_previous', '.o_list_button_add', '.o_switch_view.o_kanban'].map(
      center,
    ),
  );
  const searchBox = await center('.o_searchview_input');
  const random = seededRandom(42);
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)]!;

  return measure(browser, page, async () => {
    let typing = false;
    let typed = 0;
    for (let i = 0; i < INTERACTIONS; i += 1) {
      const roll = random();
      if (i % 100 === 99) {
        await page.mouse.wheel({ deltaY: i % 200 === 99 ? 400 : -400 });
      } else if (roll < 0.4) {
        const cell = pick(cells);
        await page.mouse.move(cell.x, cell.y);
      } else if (roll < 0.6) {
        const cell = pick(cells);
        await page.mouse.click(cell.x, cell.y);
        typing = false;
      } else if (roll < 0.7) {
        const button = pick(buttons);
        await page.mouse.click(button.x, button.y);
        typing = false;
      } else if (!typing) {
        await page.mouse.click(searchBox.x, searchBox.y);
        typing = true;
      } else {
        typed += 1;
        await page.keyboard.press(typed % 12 === 0 ? 'Backspace' : pick(LETTERS));
      }
    }
  });
}

/** Scenario (b): the mutation storm. */
async function runStorm(browser: Browser, page: Page): Promise<Cost & { changes: number }> {
  await page.goto(`${server.url}/odoo/inventory`);
  await sleep(SETTLE_MS);

  const cost = await measure(browser, page, async () => {
    await page.evaluate((seconds) => startStorm(seconds), STORM_SECONDS);
    await waitFor(
      () => page.evaluate(() => stormState().done),
      (STORM_SECONDS + 10) * 1000,
      'the storm to end',
    );
  });
  const { changes } = await page.evaluate(() => stormState());
  return { ...cost, changes };
}

/** Whether capture reported backing off during the storm, and recovering after it. */
async function pageStatesAfterStorm(read: () => Promise<StoredEvent[]>) {
  const states = async () =>
    new Set(
      (await read()).flatMap((event) => (event.type === 'page' ? [event.state as string] : [])),
    );
  let seen = await states();
  if (seen.has('capture_backoff')) {
    await waitFor(
      async () => (seen = await states()).has('capture_recovered'),
      RECOVERY_WAIT_MS,
    ).catch(() => {});
  }
  return { backoff: seen.has('capture_backoff'), recovered: seen.has('capture_recovered') };
}

/** Runs `work` between two readings of the page's metrics and the browser's CPU time. */
async function measure(browser: Browser, page: Page, work: () => Promise<void>): Promise<Cost> {
  const cpu = await browser.target().createCDPSession();
  const cpuNow = async () => {
    const { processInfo } = await cpu.send('SystemInfo.getProcessInfo');
    return processInfo.reduce((sum, process) => sum + process.cpuTime, 0) * 1000;
  };

  const [metrics0, cpu0, start] = [await page.metrics(), await cpuNow(), performance.now()];
  await work();
  const wallMs = performance.now() - start;
  await sleep(SETTLE_MS);
  const [metrics1, cpu1] = [await page.metrics(), await cpuNow()];
  await cpu.detach();

  return {
    taskMs: ((metrics1.TaskDuration ?? 0) - (metrics0.TaskDuration ?? 0)) * 1000,
    scriptMs: ((metrics1.ScriptDuration ?? 0) - (metrics0.ScriptDuration ?? 0)) * 1000,
    layoutMs:
      ((metrics1.LayoutDuration ?? 0) -
        (metrics0.LayoutDuration ?? 0) +
        (metrics1.RecalcStyleDuration ?? 0) -
        (metrics0.RecalcStyleDuration ?? 0)) *
      1000,
    cpuMs: cpu1 - cpu0,
    wallMs,
  };
}

/** The number of stored events once it has not changed for half a second. */
async function settledCount(read: () => Promise<StoredEvent[]>): Promise<number> {
  let count = -1;
  await waitFor(async () => {
    const previous = count;
    count = (await read()).length;
    await sleep(500);
    return count === previous;
  }, 30_000);
  return count;
}

function parseRounds(args: string[]): number {
  const at = args.indexOf('--rounds');
  if (at === -1) return 1;
  const rounds = Number(args[at + 1]);
  if (!Number.isInteger(rounds) || rounds < 1) {
    throw new Error(
      `--rounds needs a whole number of rounds, e.g. --rounds 3 (got ${args[at + 1]})`,
    );
  }
  return rounds;
}

/** mulberry32: the same sequence of interactions in every run. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Defined by storm.html. */
declare function startStorm(seconds: number): void;
declare function stormState(): { changes: number; done: boolean; running: boolean; ms: number };
