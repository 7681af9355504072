import { mkdirSync } from 'node:fs';
import path from 'node:path';

import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createLogger } from '../backend/src/logger.ts';
import { startBackend, type RunningBackend } from '../backend/src/start.ts';
import {
  NORTH_PARTNER,
  NORTHWIND,
  TEST_ORGANISATIONS,
  TEST_PARTNERS,
} from '../backend/src/testing/fixtures.ts';
import { seedScenario } from '../backend/src/testing/seed-scenario.ts';
import { SCENARIO_NOW, scenarioWithHints } from '../backend/src/testing/seeded-scenario.ts';
import { launchWithoutExtension, type PlainBrowser } from './support/launch.ts';

/**
 * The partner's pages in Chromium, on a backend seeded with six weeks of Northwind: the list of
 * organisations, the issue dashboard, a cluster's evidence, the weekly review and the compare
 * page, each reached by following the links the page before offers, on a laptop and on a phone.
 */

const ARTIFACTS = path.resolve(import.meta.dirname, 'artifacts');
const TOKEN = NORTH_PARTNER.readToken;
const LAPTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844, isMobile: true, deviceScaleFactor: 2 };

let backend: RunningBackend;
let browser: PlainBrowser;
/** What the pages wrote to the console: a blocked style or script would show here. */
const consoleErrors: string[] = [];

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  backend = await startBackend({
    organisations: TEST_ORGANISATIONS,
    partners: TEST_PARTNERS,
    now: () => SCENARIO_NOW,
    logger: createLogger({ level: 'warn' }),
  });
  await seedScenario(await scenarioWithHints(), {
    backendUrl: backend.url,
    org: NORTHWIND.id,
    ingestToken: NORTHWIND.ingestToken,
    readToken: TOKEN,
  });
  browser = await launchWithoutExtension({ log: (line) => process.stderr.write(`${line}\n`) });
});

afterAll(async () => {
  await browser?.close();
  await backend?.close();
});

async function openPage(viewport: typeof LAPTOP | typeof PHONE = LAPTOP): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  return page;
}

async function texts(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (nodes) => nodes.map((node) => node.textContent?.trim() ?? ''));
}

/** Every link of the page to this server that does not carry the read token on. */
async function linksWithoutToken(page: Page): Promise<string[]> {
  const hrefs = await page.$$eval('a[href]', (links) => links.map((a) => a.href));
  return hrefs.filter(
    (href) => href.startsWith(backend.url) && new URL(href).searchParams.get('token') !== TOKEN,
  );
}

async function clickAndWait(page: Page, selector: string): Promise<void> {
  await Promise.all([page.waitForNavigation(), page.click(selector)]);
}

describe('the partner dashboard', () => {
  it('leads from the organisations to the dashboard of the week and a cluster', async () => {
    const page = await openPage();
    await page.goto(`${backend.url}/orgs?token=${TOKEN}`);
    expect(await texts(page, 'tbody td.name')).toEqual(['Northwind <Furniture> & Sons']);
    await page.screenshot({ path: path.join(ARTIFACTS, 'dashboard-organisations.png') });

    await clickAndWait(page, 'tbody td.name a');
    await page.select('select[name="week"]', '2026-W48');
    await clickAndWait(page, 'form.filters[aria-label="Filters"] button');

    expect(new URL(page.url()).searchParams.get('week')).toBe('2026-W48');
    expect(await texts(page, 'ol.cards h3')).toEqual([
      '1. Validate the delivery',
      '2. Set the storage location',
      '3. Check the draft bill',
    ]);
    expect(await texts(page, '.chart .latest')).toEqual(['100%', '73.3%', '9', '3.5%']);
    const chartWidths = await page.$$eval('.chart svg', (svgs) =>
      svgs.map((svg) => svg.getBoundingClientRect().width),
    );
    expect(chartWidths.every((width) => width > 200)).toBe(true);
    expect(await page.$$eval('table.clusters tbody tr', (rows) => rows.length)).toBe(14);
    expect(await linksWithoutToken(page)).toEqual([]);
    await page.screenshot({
      path: path.join(ARTIFACTS, 'dashboard-week.png'),
      fullPage: true,
    });

    await clickAndWait(page, 'ol.cards li:nth-child(2) h3 a');
    expect(await texts(page, 'h1')).toEqual(['Set the storage location']);
    expect(await texts(page, 'section .badge')).toContain('Knowledge gap');
    expect(await texts(page, 'tr.current .pseudonym')).toHaveLength(4);
    expect(await linksWithoutToken(page)).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'dashboard-cluster.png'), fullPage: true });
    await page.close();
  });

  it('answers a question asked in the box, with its figures', async () => {
    const page = await openPage();
    await page.goto(`${backend.url}/orgs/northwind?week=2026-W48&token=${TOKEN}`);

    await page.type('input[name="q"]', 'Which module spiked this week?');
    await clickAndWait(page, '#ask button');

    expect(await texts(page, '.answer > p')).toEqual([
      expect.stringMatching(/^Inventory \(stock\) spiked in 2026-W48/),
    ]);
    expect((await texts(page, '.answer tbody tr td:first-child'))[0]).toBe('stock');
    await (await page.$('#ask'))!.screenshot({
      path: path.join(ARTIFACTS, 'dashboard-question.png'),
    });
    await page.close();
  });

  it("shows the review, and the training's before/after in the compare form", async () => {
    const page = await openPage();
    await page.goto(`${backend.url}/orgs/northwind?week=2026-W49&token=${TOKEN}`);
    await clickAndWait(page, '.actions a[href*="/review"]');

    expect(await texts(page, 'h1')).toEqual(['Weekly review, 2026-W49']);
    expect(await texts(page, 'section.item[id^="problem-"] h3')).toEqual([
      '1. "Validate the delivery" — Deliver goods, Inventory (stock)',
      '2. "Check the draft bill" — Vendor bill to payment, Invoicing (account)',
      '3. "Create the invoice" — Sales order to payment, Sales (sale)',
    ]);
    expect(await linksWithoutToken(page)).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'dashboard-review.png'), fullPage: true });

    await clickAndWait(page, 'a[href*="/compare?path=inventory.putaway"]');
    const form = await page.$$eval(
      'form[aria-label="Compare"] select, form input[type=text]',
      (fields) => fields.map((field) => (field as HTMLInputElement).value),
    );
    expect(form).toEqual([
      'inventory.putaway',
      'destination',
      'warehouse/north-site/new',
      '2026-11-02..2026-11-29',
      '2026-11-30..2026-12-06',
    ]);
    expect(await texts(page, '#comparison .badge')).toEqual(['improved']);
    expect(await texts(page, '#comparison tr.current td')).toEqual([
      'Hesitation score',
      '75 (n = 187)',
      '5 (n = 41)',
      'two-proportion z',
      'p < 0.001',
      'improved',
    ]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'dashboard-compare.png'), fullPage: true });
    await page.close();
  });

  it('stacks the tables into cards on a phone, with nothing wider than the screen', async () => {
    const page = await openPage(PHONE);
    await page.goto(`${backend.url}/orgs/northwind?week=2026-W48&token=${TOKEN}`);

    const layout = await page.evaluate(() => ({
      pageWidth: document.documentElement.scrollWidth,
      rowDisplay: getComputedStyle(document.querySelector('table.clusters tbody tr')!).display,
      headHidden: document.querySelector('table.clusters thead')!.getBoundingClientRect().width,
    }));
    expect(layout).toEqual({ pageWidth: PHONE.width, rowDisplay: 'block', headHidden: 1 });
    await page.screenshot({ path: path.join(ARTIFACTS, 'dashboard-phone.png') });
    const table = (await (await page.$('table.clusters'))!.boundingBox())!;
    await page.screenshot({
      path: path.join(ARTIFACTS, 'dashboard-phone-clusters.png'),
      clip: { x: 0, y: table.y, width: PHONE.width, height: PHONE.height },
      captureBeyondViewport: true,
    });
    await page.close();
  });

  it('raised no error in any page: nothing was blocked by the content security policy', () => {
    expect(consoleErrors).toEqual([]);
  });
});
