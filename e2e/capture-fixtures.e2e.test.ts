import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { eventsOf, sleep } from './fixtures/capture/read-events.ts';
import { startFixtureServer, type FixtureServer } from './fixtures/capture/serve-fixtures.ts';
import { launchWithExtension, type LaunchedBrowser } from './support/launch.ts';

/**
 * Capture on small pages of our own (e2e/fixtures/capture/): a DOM storm, print and report
 * downloads, and click roles the sandbox does not draw.
 */

let launched: LaunchedBrowser;
let fixtures: FixtureServer;
let page: Page;

beforeAll(async () => {
  [launched, fixtures] = await Promise.all([
    launchWithExtension({ log: (line) => process.stderr.write(`${line}\n`) }),
    startFixtureServer(),
  ]);
  page = await launched.newPage();
});

afterAll(async () => {
  await launched?.close();
  await fixtures?.close();
});

async function open(name: string): Promise<number> {
  await page.goto(fixtures.urlOf(name), { waitUntil: 'load' });
  const since = Date.now();
  // Capture has started once the page's load event is stored.
  await eventsOf(launched, 'navigate', since - 5000, {
    where: (event) => event.kind === 'load' && event.t >= since - 5000,
  });
  return since;
}

describe('capture under a mutation storm', () => {
  it('backs off, keeps recording clicks, and recovers when the storm ends', async () => {
    const since = await open('storm');

    const storm = page.evaluate(() =>
      (window as unknown as { storm(ms: number): unknown }).storm(3000),
    );
    await sleep(1500);
    const clickedAt = Date.now();
    await page.click('button[name=button_validate]');
    const achieved = (await storm) as { mutations: number; seconds: number; maxGapMs: number };

    const states = await eventsOf(launched, 'page', since, {
      count: 2,
      where: (event) => event.state.startsWith('capture_'),
    });
    expect(states.map((event) => event.state)).toEqual(['capture_backoff', 'capture_recovered']);
    const [backoff, recovered] = states;
    expect(backoff!.t - since).toBeLessThan(1000);
    expect(recovered!.t).toBeGreaterThan(since + 3000);

    const [click] = await eventsOf(launched, 'click', clickedAt);
    expect(click!.target).toMatchObject({ role: 'primary_action', name: 'button_validate' });
    expect(click!.t).toBeLessThan(recovered!.t);
    // The page kept its pace: about 10,000 mutations a second, no tick held up for long.
    expect(achieved.mutations / achieved.seconds).toBeGreaterThan(8000);
    expect(achieved.maxGapMs).toBeLessThan(100);
  });
});

describe('downloads', () => {
  it('records a Print button download as print and a Print menu download as report', async () => {
    const since = await open('downloads');

    await page.click('#print');
    const [print] = await eventsOf(launched, 'download', since);
    expect(print).toMatchObject({ kind: 'print' });

    await page.click('#print-toggle');
    await page.click('#delivery-slip');
    const downloads = await eventsOf(launched, 'download', since, { count: 2 });
    expect(downloads.map((event) => event.kind)).toEqual(['print', 'report']);

    // The helper's own click on the hidden link is a download, not a click of the user's.
    const clicks = await eventsOf(launched, 'click', since, { count: 3 });
    expect(clicks.map((event) => event.target.role)).toEqual([
      'secondary_action',
      'secondary_action',
      'menu',
    ]);
  });
});

describe('click roles', () => {
  it('names steppers, toggles, view switchers and links', async () => {
    const since = await open('roles');

    for (const selector of ['#minus', '#plus', '#locked', '#kanban', '#doc-link']) {
      await page.click(selector);
    }
    const clicks = await eventsOf(launched, 'click', since, { count: 5 });

    expect(clicks.map(({ target }) => [target.role, target.name, target.widget])).toEqual([
      ['stepper', 'product_uom_qty', 'float_stepper'],
      ['stepper', 'product_uom_qty', 'float_stepper'],
      ['toggle', 'is_locked', 'boolean_toggle'],
      ['view_switcher', 'kanban', null],
      ['link', null, null],
    ]);
  });

  it('reports which button closed a dialog, the backdrop, or nothing for Escape', async () => {
    const since = await open('roles');

    const openDialog = async (count: number) => {
      await page.click('#open-dialog');
      await eventsOf(launched, 'dialog_open', since, { count });
    };
    await openDialog(1);
    await page.click('#cancel');
    await openDialog(2);
    await page.mouse.click(10, 10);
    await openDialog(3);
    await page.keyboard.press('Escape');

    const closes = await eventsOf(launched, 'dialog_close', since, { count: 3 });
    expect(closes.map((event) => event.closedBy?.role ?? null)).toEqual([
      'secondary_action',
      'dialog_backdrop',
      null,
    ]);
    expect(closes[0]!.closedBy).toMatchObject({ label: 'Cancel', inDialog: true });
    expect(closes.every((event) => event.dialog.kind === 'confirm')).toBe(true);

    const backdrop = await eventsOf(launched, 'click', since, {
      where: (event) => event.target.role === 'dialog_backdrop',
    });
    expect(backdrop[0]!.target).toMatchObject({ inDialog: true, label: null });
  });
});
