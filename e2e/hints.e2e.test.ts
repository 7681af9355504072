import { mkdirSync } from 'node:fs';
import path from 'node:path';

import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { createLogger } from '../backend/src/logger.ts';
import { startBackend, type RunningBackend } from '../backend/src/start.ts';
import type { Signal } from '../core/detect/types.ts';
import type { StoredEvent } from '../core/events/schema.ts';
import { Persona, sleep } from './corpus/persona.ts';
import { UNCOUNTED_RECEIPT } from './sandbox/seed.ts';
import { startSandbox, type Sandbox } from './sandbox/server.ts';
import { dumpExtensionStorage } from './support/extension-storage.ts';
import {
  boxOf,
  clickHintButton,
  gapBetween,
  hintFocus,
  hintHostSeen,
  overlaps,
  readHint,
  waitForHint,
  watchForHintHost,
  type Box,
  type HintView,
} from './support/hint-view.ts';
import { launchWithExtension, waitFor, type LaunchedBrowser } from './support/launch.ts';
import {
  canWriteManagedPolicy,
  MANAGED_POLICY_DIR,
  removeManagedPolicy,
  waitForManagedSettings,
  writeManagedPolicy,
} from './support/managed-policy.ts';
import { colleaguesReceipts, ingestAttempts } from './support/seed-hint-attempts.ts';
import { settledEvents } from './support/settle.ts';
import type { OdooVariant } from './support/simulated-user.ts';

/**
 * Hints in the browser: the built extension in Chromium, the Odoo-like sandbox, and the backend
 * serving the organisation's hint pack built from colleagues' receipts. A stuck user gets one
 * hint next to the element of the next step; a user going well gets none; IT can turn hints off.
 */

/** The hint is on the page, filled and anchored, within this long of the behaviour. */
const HINT_WITHIN_MS = 2000;

/** Longest gap between the hint's card and its target: the 10 px offset, and rounding. */
const ANCHOR_GAP_PX = 14;

const INGEST_TOKEN = 'e2e-hints-ingest-0001';
const READ_TOKEN = 'e2e-hints-read-0001';
const SECRET = 'e2e-secret-of-the-organisation';
/** More Tab presses than the sandbox's receipt form has focusable elements. */
const MAX_TABS = 200;
const ARTIFACTS = path.resolve(import.meta.dirname, 'artifacts');

const POLICY_WRITABLE = canWriteManagedPolicy();
if (!POLICY_WRITABLE) {
  if (process.env.CI) throw new Error(`CI must run as root to write ${MANAGED_POLICY_DIR}`);
  process.stderr.write(`hints off by policy: skipped, ${MANAGED_POLICY_DIR} is not writable\n`);
}

const FORM = '.o_form_view .o_statusbar_status';
const VALIDATE = '.o_statusbar_buttons button[name=button_validate]';
const OPERATIONS_TAB = '.o_notebook_headers a.nav-link[name=operations]';
const QUANTITY = 'td[name=quantity] .o_field_widget[name=quantity]';
const LOT = 'td[name=lot_ids] .o_field_widget[name=lot_name]';
const BACKORDER = '.modal-footer button[name=process]';

/** The part of the extension API the test calls inside the service worker. */
declare const chrome: {
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
};

let backend: RunningBackend;
let sandbox: Sandbox;
let launched: LaunchedBrowser;

const settings = (hints: boolean) => ({
  backendUrl: backend.url,
  ingestToken: INGEST_TOKEN,
  pseudonymSecret: SECRET,
  hints,
});

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  removeManagedPolicy();
  [backend, sandbox, launched] = await Promise.all([
    startBackend({
      organisations: [
        { id: 'acme', name: 'Acme Furniture', ingestToken: INGEST_TOKEN, readToken: READ_TOKEN },
      ],
      logger: createLogger({ level: 'warn' }),
    }),
    startSandbox({ buttonDelayMs: [300, 400], seed: UNCOUNTED_RECEIPT }),
    launchWithExtension({ log: (line) => process.stderr.write(`${line}\n`) }),
  ]);
  await ingestAttempts(backend.url, INGEST_TOKEN, colleaguesReceipts(today()));
  await launched.configure(settings(true));
  // A new backend in the settings makes the background fetch its pack.
  await waitFor(
    async () => {
      const stored = await launched.worker.evaluate(() => chrome.storage.local.get('hintPack'));
      return stored.hintPack !== undefined;
    },
    15_000,
    "the organisation's hint pack in the extension's storage",
  );
});

afterAll(async () => {
  await launched?.close();
  await sandbox?.close();
  await backend?.close();
});

beforeEach(() => sandbox.reset());

describe('hints for a stuck user', () => {
  it('points a new user hesitating over Validate at the Operations tab, then at the quantity, within 2 s; followed, the receipt gets done', async () => {
    const { page, user } = await openPage('chloe', 18);
    await openReceipt(user, 'WH/IN/00020');
    await user.click('.o_notebook_headers a.nav-link[name=extra]');
    const since = Date.now();

    const behavedAt = await hesitateOverValidate(page, user);
    const { hint: onTab } = await waitForHint(page);
    const appearedMs = Date.now() - behavedAt;

    process.stderr.write(`hint on the tab ${appearedMs} ms after the hover-backtrack\n`);
    expect(appearedMs).toBeLessThanOrEqual(HINT_WITHIN_MS);
    expect(onTab).toMatchObject({
      anchor: 'tab',
      title: 'Next: Set quantities and lots',
      role: 'status',
      live: 'polite',
    });
    expect(onTab.body).toContain('41 of 45 completed “Receive goods”');
    expectAnchoredTo(onTab, await boxOf(page, OPERATIONS_TAB));
    await page.screenshot({ path: path.join(ARTIFACTS, 'hint-odoo-18-tab.png') });
    expect(await page.evaluate(() => document.activeElement?.localName)).not.toBe('pathlight-hint');

    // The tab opened, the hint moves to the field itself, found again in the new page.
    await user.click(OPERATIONS_TAB);
    const { hint: onField } = await waitForHint(page, (hint) => hint.anchor === 'field');
    expectAnchoredTo(onField, await boxOf(page, QUANTITY));
    await page.screenshot({ path: path.join(ARTIFACTS, 'hint-odoo-18.png') });

    await user.type('td[name=quantity] input', '5');
    await waitFor(async () => (await readHint(page)) === null, 5000, 'the followed hint to go');
    await user.click(VALIDATE);
    await user.waitForState('done');

    const events = await settledEvents(launched);
    const hints = hintEventsSince(events, since);
    expect(hints.map((event) => event.outcome)).toEqual(['shown', 'followed']);
    expect(hints[0]).toMatchObject({
      path: 'inventory.receipt',
      version: 2,
      step: 'receipt-form',
      next: 'quantities',
      source: 'pack',
      trigger: 'hover_backtrack',
    });
    // The hint's words stay on the page: neither the store nor the extension's storage has them.
    const stored = JSON.stringify(await dumpExtensionStorage(launched.worker));
    expect(stored).not.toContain(onTab.body);
    expect(stored).not.toContain(onTab.title);
    await page.close();
  });

  it('after the lot error, points at the lot column once the dialog is closed', async () => {
    const { page, user } = await openPage('dev', 18);
    await openReceipt(user, 'WH/IN/00006');
    const since = Date.now();

    await user.click(VALIDATE);
    await page.waitForSelector('.o_error_dialog');
    await user.click('.o_error_dialog .o-default-button');
    await page.waitForSelector('.o_error_dialog', { hidden: true });
    const closedAt = Date.now();
    const { hint } = await waitForHint(page);
    const appearedMs = Date.now() - closedAt;

    process.stderr.write(`lot hint ${appearedMs} ms after the error dialog closed\n`);
    expect(appearedMs).toBeLessThanOrEqual(HINT_WITHIN_MS);
    expect(hint).toMatchObject({ anchor: 'field', title: 'Fill in “Lot/Serial Numbers”' });
    expect(hint.body).toBe(
      'Colleagues who got this error filled in “Lot/Serial Numbers”, then clicked “Validate” ' +
        'again: 6 of 6 times.',
    );
    expectAnchoredTo(hint, await boxOf(page, LOT));
    await page.screenshot({ path: path.join(ARTIFACTS, 'hint-odoo-18-lot.png') });

    await clickHintButton(page, 'got_it');
    await waitFor(async () => (await readHint(page)) === null, 3000, 'the hint to close');
    await user.type('td[name=lot_ids] input', 'LOT-2026-114');
    await user.click(VALIDATE);
    await user.waitForState('done');

    const events = await settledEvents(launched);
    const hints = hintEventsSince(events, since);
    expect(hints.map((event) => event.outcome)).toEqual(['shown', 'got_it', 'followed']);
    expect(hints[0]).toMatchObject({
      step: 'validate',
      next: 'quantities',
      source: 'pack',
      trigger: 'error',
    });
    // "Got it" is the hint's button, not an Odoo interaction.
    const clicks = events.filter((event) => event.type === 'click' && event.t >= since);
    expect(clicks.map((event) => event.type === 'click' && event.target.label)).not.toContain(
      'Got it',
    );
    const [shown, gotIt] = hints;
    const between = clicks.filter((event) => event.t >= shown!.t && event.t <= gotIt!.t + 200);
    process.stderr.write(
      `clicks between: ${JSON.stringify(between)} shown ${shown!.t} gotIt ${gotIt!.t}\n`,
    );
    expect(between).toEqual([]);
    await page.close();
  });

  it('shows the hint over the Odoo 17 variant next to the quantity, reachable by keyboard', async () => {
    const { page, user } = await openPage('femi', 17);
    await openReceipt(user, 'WH/IN/00020');
    const since = Date.now();

    const behavedAt = await hesitateOverValidate(page, user);
    const { hint } = await waitForHint(page);
    const appearedMs = Date.now() - behavedAt;

    process.stderr.write(`hint (17) ${appearedMs} ms after the hover-backtrack\n`);
    expect(appearedMs).toBeLessThanOrEqual(HINT_WITHIN_MS);
    expect(hint.anchor).toBe('field');
    expectAnchoredTo(hint, await boxOf(page, QUANTITY));

    // Its buttons are in the tab order, after the page's own: Tab reaches "Got it" first.
    await tabUntilHint(page);
    expect(await hintFocus(page)).toEqual({ action: 'got_it', outline: 'solid' });
    await page.screenshot({ path: path.join(ARTIFACTS, 'hint-odoo-17.png') });

    await page.keyboard.press('Escape');
    await waitFor(async () => (await readHint(page)) === null, 3000, 'the hint to close');

    const events = await settledEvents(launched);
    expect(hintEventsSince(events, since).map((event) => event.outcome)).toEqual([
      'shown',
      'dismissed',
    ]);
    expect(events.filter((event) => event.t >= since && event.type === 'shortcut')).toEqual([]);
    await page.close();
  });

  it('docks the hint in a corner when nothing on screen leads to the next step', async () => {
    const { page, user } = await openPage('chloe', 18);
    await openReceipt(user, 'WH/IN/00003');
    await user.type('td[name=quantity] input', '12');
    await user.click(VALIDATE);
    await page.waitForSelector(BACKORDER);
    const since = Date.now();

    // Undecided between creating the backorder or not: the next step has nothing to point at.
    await user.dwell(BACKORDER, 800);
    await page.hover(BACKORDER);
    await sleep(600);
    await user.away();
    const behavedAt = Date.now() - 200;
    const { hint } = await waitForHint(page);
    const appearedMs = Date.now() - behavedAt;

    process.stderr.write(`docked hint ${appearedMs} ms after the hover-backtrack\n`);
    expect(appearedMs).toBeLessThanOrEqual(HINT_WITHIN_MS);
    expect(hint).toMatchObject({ docked: true, anchor: 'none', title: 'Next: Receipt done' });
    const viewport = page.viewport()!;
    expect(viewport.width - (hint.card.x + hint.card.width)).toBeCloseTo(16, 0);
    expect(viewport.height - (hint.card.y + hint.card.height)).toBeCloseTo(16, 0);
    expect(overlaps(hint.card, await boxOf(page, BACKORDER))).toBe(false);
    await page.screenshot({ path: path.join(ARTIFACTS, 'hint-odoo-18-docked.png') });

    await clickHintButton(page, 'not_helpful');
    await waitFor(async () => (await readHint(page)) === null, 3000, 'the hint to close');
    await user.click(BACKORDER);
    await user.waitForState('done');
    const hints = hintEventsSince(await settledEvents(launched), since);
    // Done within the minute: the advice was followed, even though it was judged not helpful.
    expect(hints.map((event) => [event.outcome, event.step, event.source, event.trigger])).toEqual([
      ['shown', 'backorder-decision', 'help', 'hover_backtrack'],
      ['not_helpful', 'backorder-decision', 'help', 'hover_backtrack'],
      ['followed', 'backorder-decision', 'help', 'hover_backtrack'],
    ]);
    await page.close();
  });

  // IT's switch is the managed policy: written as IT would write it, read by Chromium, passed to
  // the extension. Writing it needs root, as CI has; elsewhere the test says so and is skipped.
  it.runIf(POLICY_WRITABLE)(
    'shows no hint when IT turned hints off by policy, for the same hesitation',
    async () => {
      writeManagedPolicy({ hints: false });
      try {
        await waitForManagedSettings(
          launched,
          (managed) => managed.hints === false,
          'hints: false from the managed policy in the extension',
        );
        const { page, user } = await openPage('eve', 18);
        await watchForHintHost(page);
        await openReceipt(user, 'WH/IN/00020');
        await user.click('.o_notebook_headers a.nav-link[name=extra]');
        const since = Date.now();

        await hesitateOverValidate(page, user);
        await waitFor(
          async () => (await signalsSince(since)).some((s) => s.kind === 'hover_backtrack'),
          5000,
          'the hover-backtrack signal',
        );
        await sleep(HINT_WITHIN_MS + 1000);

        expect(await hintHostSeen(page)).toBe(false);
        expect(hintEventsSince(await settledEvents(launched), since)).toEqual([]);
        await page.close();
      } finally {
        removeManagedPolicy();
        await waitForManagedSettings(
          launched,
          (managed) => !('hints' in managed),
          'the managed policy to be gone',
        );
      }
    },
  );

  it('never shows a hint to a power user finishing a receipt quickly', async () => {
    const { page, user } = await openPage('ana', 18);
    await watchForHintHost(page);
    const since = Date.now();

    await user.receiveGoods({ backorder: false });
    await sleep(HINT_WITHIN_MS);

    expect(await hintHostSeen(page)).toBe(false);
    expect(hintEventsSince(await settledEvents(launched), since)).toEqual([]);
    await page.close();
  });
});

async function openPage(login: string, variant: OdooVariant) {
  const page = await launched.newPage();
  await page.setViewport({ width: 1400, height: 900 });
  const user = new Persona(page, sandbox.url, login, variant);
  await user.logIn();
  return { page, user };
}

/** Inventory › Receipts › the receipt: the way an attempt of "Receive goods" starts. */
async function openReceipt(user: Persona, name: string): Promise<void> {
  await user.openApp('stock.menu_stock_root');
  await user.openMenu('stock.menu_stock_warehouse_mgmt', 'stock.in_picking');
  await user.openRecord(name);
  await user.page.waitForSelector(FORM);
}

/**
 * Rests on Validate, leaves, comes back and leaves again without clicking: a hover-backtrack.
 * Returns when the behaviour was complete: the pointer leaving Validate the second time.
 */
async function hesitateOverValidate(page: Page, user: Persona): Promise<number> {
  await user.dwell(VALIDATE, 800);
  await page.hover(VALIDATE);
  await sleep(600);
  await page.mouse.move(5, 880, { steps: 2 });
  return Date.now();
}

/** Presses Tab until focus is in the hint; fails after `MAX_TABS`. */
async function tabUntilHint(page: Page): Promise<void> {
  for (let presses = 0; presses < MAX_TABS; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.localName === 'pathlight-hint')) return;
  }
  throw new Error(`Tab did not reach the hint in ${MAX_TABS} presses`);
}

/** The hint's card beside the target, not over it, its arrow pointing into it. */
function expectAnchoredTo(hint: HintView, target: Box): void {
  expect(hint.docked).toBe(false);
  expect(overlaps(hint.card, target)).toBe(false);
  expect(gapBetween(hint.card, target)).toBeLessThanOrEqual(ANCHOR_GAP_PX);
  const arrowX = hint.arrow.x + hint.arrow.width / 2;
  const arrowY = hint.arrow.y + hint.arrow.height / 2;
  if (hint.side === 'bottom' || hint.side === 'top') {
    expect(arrowX).toBeGreaterThanOrEqual(target.x);
    expect(arrowX).toBeLessThanOrEqual(target.x + target.width);
  } else {
    expect(arrowY).toBeGreaterThanOrEqual(target.y);
    expect(arrowY).toBeLessThanOrEqual(target.y + target.height);
  }
}

function hintEventsSince(events: StoredEvent[], since: number) {
  return events.flatMap((event) => (event.type === 'hint' && event.t >= since ? [event] : []));
}

async function signalsSince(since: number): Promise<Signal[]> {
  return (await launched.readTable<Signal>('signals')).filter((signal) => signal.t >= since);
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}
