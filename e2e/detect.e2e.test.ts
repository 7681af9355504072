import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import type { Signal } from '../core/detect/index.ts';
import { Persona, sleep } from './corpus/persona.ts';
import { startSandbox, type Sandbox } from './sandbox/server.ts';
import { launchWithExtension, waitFor, type LaunchedBrowser } from './support/launch.ts';

/**
 * The content script's live detectors: a signal is in the extension's IndexedDB within 1.5 s of
 * the behaviour that makes it.
 */
const RAISED_WITHIN_MS = 1500;

const FORM = '.o_form_view .o_statusbar_status';
const VALIDATE = '.o_statusbar_buttons button[name=button_validate]';

let sandbox: Sandbox;
let launched: LaunchedBrowser;
let page: Page;
let user: Persona;

beforeAll(async () => {
  [sandbox, launched] = await Promise.all([
    startSandbox(),
    launchWithExtension({ log: (line) => process.stderr.write(`${line}\n`) }),
  ]);
  page = await launched.newPage();
  await page.setViewport({ width: 1400, height: 900 });
  user = new Persona(page, sandbox.url, 'ana', 18);
  await user.logIn();
});

afterAll(async () => {
  await launched?.close();
  await sandbox?.close();
});

beforeEach(() => sandbox.reset());

/** Waits for a stored signal of `kind` raised at or after `since`; returns it and the wait. */
async function raised(kind: Signal['kind'], since: number) {
  const from = Date.now();
  let found: Signal | undefined;
  await waitFor(
    async () => {
      const signals = await launched.readTable<Signal>('signals');
      found = signals.find((signal) => signal.kind === kind && signal.t >= since);
      return found !== undefined;
    },
    5000,
    `a ${kind} signal`,
  );
  return { signal: found!, waitedMs: Date.now() - from };
}

describe('live detection', () => {
  it('raises a rage click within 1.5 s of the third click', async () => {
    await user.open('/odoo/receipts', '.o_list_view tr.o_data_row');
    const since = Date.now();
    await user.pressRepeatedly('.o_switch_view.o_kanban', 3, 250);

    const { signal, waitedMs } = await raised('rage_click', since);
    expect(waitedMs).toBeLessThanOrEqual(RAISED_WITHIN_MS);
    expect(signal).toMatchObject({
      target: { role: 'view_switcher', name: 'kanban' },
      screen: { model: 'stock.picking', viewType: 'list' },
      evidence: { clicks: 3 },
    });
  });

  it('raises a hover-backtrack within 1.5 s of the return to Validate', async () => {
    await user.open('/odoo/receipts/2', FORM);
    const since = Date.now();
    await user.dwell(VALIDATE, 800);
    await page.hover(VALIDATE);
    await sleep(600);
    await page.mouse.move(5, 880);

    const { signal, waitedMs } = await raised('hover_backtrack', since);
    expect(waitedMs).toBeLessThanOrEqual(RAISED_WITHIN_MS);
    expect(signal).toMatchObject({
      target: { role: 'primary_action', name: 'button_validate' },
      evidence: { then: 'returned' },
    });
  });

  it('raises a retry within 1.5 s of Validate clicked again after the lot error', async () => {
    await user.open('/odoo/receipts/6', FORM);
    const since = Date.now();
    await user.click(VALIDATE);
    await page.waitForSelector('.o_error_dialog');
    await user.click('.o_error_dialog .o-default-button');
    await page.waitForSelector('.o_error_dialog', { hidden: true });
    await user.type('td[name=lot_ids] input', 'LOT-7');
    await user.press(VALIDATE);

    const { signal, waitedMs } = await raised('retry', since);
    expect(waitedMs).toBeLessThanOrEqual(RAISED_WITHIN_MS);
    expect(signal).toMatchObject({
      target: { name: 'button_validate' },
      evidence: { errorKind: 'user_error', fieldsEdited: 1 },
    });
  });
});
