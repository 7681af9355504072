import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import type { StoredEvent } from '../core/events/schema.ts';
import { eventsOf, settledEvents, sleep } from './fixtures/capture/read-events.ts';
import { startSandbox, type Sandbox } from './sandbox/server.ts';
import { launchWithExtension, type LaunchedBrowser } from './support/launch.ts';
import { SimulatedUser } from './support/simulated-user.ts';

/**
 * Every kind of event of the contract, captured by the real extension while a user works in the
 * Odoo 18 sandbox, and read back from the extension's IndexedDB.
 */

let sandbox: Sandbox;
let launched: LaunchedBrowser;
let page: Page;
let user: SimulatedUser;
let workDir: string;

beforeAll(async () => {
  workDir = mkdtempSync(path.join(tmpdir(), 'pathlight-capture-'));
  // Button calls slower than Odoo's 250 ms threshold, so the loading indicator shows.
  [sandbox, launched] = await Promise.all([
    startSandbox({ buttonDelayMs: [350, 450] }),
    launchWithExtension({ log: (line) => process.stderr.write(`${line}\n`) }),
  ]);
  page = await launched.newPage();
  await page.setViewport({ width: 1400, height: 900 });
  user = new SimulatedUser(page, sandbox.url, 'ana', 18);
  await user.logIn();
});

afterAll(async () => {
  await launched?.close();
  await sandbox?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

beforeEach(() => sandbox.reset());

/** Opens an 18 URL and waits until capture has seen the page load. */
async function open(url: string, ready: string): Promise<number> {
  const since = Date.now();
  await page.goto(`${sandbox.url}${url}`);
  await page.waitForSelector(ready);
  await eventsOf(launched, 'navigate', since, { where: (event) => event.kind === 'load' });
  return since;
}

const ofType = <T extends StoredEvent['type']>(events: StoredEvent[], type: T) =>
  events.filter((event): event is Extract<StoredEvent, { type: T }> => event.type === type);

describe('navigation', () => {
  it('tells app, menu, record, pager, breadcrumb, browser back and new record apart', async () => {
    const since = await open('/odoo/discuss', '.o-mail-Discuss');

    await user.openApp('stock.menu_stock_root');
    await user.openMenu('stock.menu_stock_warehouse_mgmt', 'stock.in_picking');
    await user.openRecord('WH/IN/00001');
    await user.click('.o_pager_next');
    await page.waitForFunction(() => location.pathname !== '/odoo/receipts/1');
    await user.click('.o_breadcrumb li.o_back_button a');
    await page.waitForSelector('.o_list_view tr.o_data_row');
    await user.openRecord('WH/IN/00002');
    await sleep(300);
    await page.goBack();
    await page.waitForSelector('.o_list_view tr.o_data_row');
    await user.click('.o_list_button_add');
    await page.waitForFunction(() => location.pathname.endsWith('/new'));

    const navigations = await eventsOf(launched, 'navigate', since, { count: 9 });
    expect(navigations.map(({ kind, levels }) => [kind, levels])).toEqual([
      ['load', null],
      ['app_switch', null],
      ['menu', null],
      ['open_record', null],
      ['record_paging', null],
      ['breadcrumb', 1],
      ['open_record', null],
      ['browser_back', 1],
      ['new_record', null],
    ]);
    expect(navigations[3]!.screen).toMatchObject({ model: 'stock.picking', viewType: 'form' });
    expect(navigations[7]!.screen).toMatchObject({ model: 'stock.picking', viewType: 'list' });
  });

  it('records an autosave when the user leaves a changed form by its breadcrumb', async () => {
    await open('/odoo/sales', '.o_list_view tr.o_data_row');
    await user.openRecord('S00001');
    const since = Date.now();
    await user.type('div[name=note] textarea', 'Deliver to the back door');
    await user.click('.o_breadcrumb li.o_back_button a');
    await page.waitForSelector('.o_list_view');

    const [autosave] = await eventsOf(launched, 'record', since);
    const [back] = await eventsOf(launched, 'navigate', since);
    expect(autosave).toMatchObject({
      action: 'autosave',
      screen: { model: 'sale.order', viewType: 'form' },
    });
    expect(back).toMatchObject({ kind: 'breadcrumb', levels: 1, screen: { viewType: 'list' } });
    expect(autosave!.t).toBeLessThanOrEqual(back!.t);
  });
});

describe('fields and records', () => {
  it('follows a required field from focus to invalid, without its value', async () => {
    const since = await open('/odoo/sales/2', 'div[name=partner_id] input');
    const widget = await page.$eval('div[name=partner_id]', (element) =>
      Array.from(element.classList)
        .find((token) => /^o_field_\w+$/.test(token) && token !== 'o_field_widget')!
        .slice('o_field_'.length),
    );

    await page.click('div[name=partner_id] input');
    await page.keyboard.press('End');
    await page.keyboard.type(' Ltd', { delay: 30 });
    await page.keyboard.down('Control');
    await page.keyboard.press('a');
    await page.keyboard.up('Control');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Tab');
    await user.click('.o_form_button_save');
    await page.waitForSelector('div[name=partner_id].o_field_invalid');

    const fields = await eventsOf(launched, 'field', since, {
      count: 5,
      where: (event) => event.field === 'partner_id',
    });
    expect(fields.map(({ action, empty }) => [action, empty])).toEqual([
      ['focus', false],
      ['edit', false],
      ['clear', true],
      ['blur', true],
      ['invalid', true],
    ]);
    expect(fields.every((event) => event.required && event.widget === widget)).toBe(true);

    const [save] = await eventsOf(launched, 'record', since);
    expect(save).toMatchObject({ action: 'save', screen: { model: 'sale.order' } });
    const [danger] = await eventsOf(launched, 'notification', since);
    expect(danger).toMatchObject({ level: 'danger' });
    const [shortcut] = await eventsOf(launched, 'shortcut', since);
    expect(shortcut).toMatchObject({ shortcut: 'ctrl+a' });

    // The save button is now disabled: a click on it still counts, as disabled.
    const clickedAt = Date.now();
    await page.click('.o_form_button_save');
    const [disabled] = await eventsOf(launched, 'click', clickedAt);
    expect(disabled!.target).toMatchObject({ role: 'save', disabled: true });

    await user.click('.o_form_button_cancel');
    const records = await eventsOf(launched, 'record', since, { count: 2 });
    expect(records.map((event) => event.action)).toEqual(['save', 'discard']);

    const stored = JSON.stringify(await launched.readEvents());
    expect(stored).not.toContain('Quayside');
    expect(stored).not.toContain('Ltd');
  });

  it('records a save by the alt+s hotkey on a changed form', async () => {
    const since = await open('/odoo/sales/1', 'div[name=note] textarea');
    await user.type('div[name=note] textarea', 'Leave at reception');
    await page.keyboard.down('Alt');
    await page.keyboard.press('s');
    await page.keyboard.up('Alt');

    const [shortcut] = await eventsOf(launched, 'shortcut', since);
    const [save] = await eventsOf(launched, 'record', since);
    expect(shortcut).toMatchObject({ shortcut: 'alt+s' });
    expect(save).toMatchObject({ action: 'save', t: shortcut!.t });
  });
});

describe('hover, dialogs and blocking', () => {
  it('measures hover on Validate, then the backorder wizard closed by Discard', async () => {
    const since = await open(
      '/odoo/receipts/7',
      '.o_statusbar_buttons button[name=button_validate]',
    );
    const validate = '.o_statusbar_buttons button[name=button_validate]';

    await page.hover(validate);
    await sleep(400);
    await page.mouse.move(1390, 890);
    await sleep(200);
    await page.hover(validate);
    await sleep(300);
    await page.click(validate);
    await page.waitForSelector('.modal-footer button[special=cancel]');
    await sleep(200);
    await page.click('.modal-footer button[special=cancel]');

    const hovers = await eventsOf(launched, 'hover', since, {
      count: 2,
      where: (event) => event.target.name === 'button_validate',
    });
    expect(hovers.map((event) => event.clicked)).toEqual([false, true]);
    expect(hovers[0]!.dwellMs).toBeGreaterThanOrEqual(380);
    expect(hovers[0]!.dwellMs).toBeLessThan(1500);
    expect(hovers[1]!.dwellMs).toBeGreaterThanOrEqual(280);
    expect(hovers[1]!.target).toMatchObject({ role: 'primary_action', label: 'Validate' });

    const [opened] = await eventsOf(launched, 'dialog_open', since);
    expect(opened!.dialog).toEqual({ kind: 'wizard', model: 'stock.backorder.confirmation' });
    const [closed] = await eventsOf(launched, 'dialog_close', since);
    expect(closed!.dialog).toEqual(opened!.dialog);
    expect(closed!.closedBy).toMatchObject({
      role: 'secondary_action',
      buttonType: 'cancel',
      label: 'Discard',
      inDialog: true,
    });

    const states = await eventsOf(launched, 'page', since, {
      count: 2,
      where: (event) => event.state === 'loading' || event.state === 'loaded',
    });
    expect(states.map((event) => event.state)).toEqual(['loading', 'loaded']);
  });

  it('records the state a button moves the record to, in place and not after a navigation', async () => {
    const since = await open(
      '/odoo/receipts/1',
      '.o_statusbar_buttons button[name=button_validate]',
    );

    await page.click('.o_statusbar_buttons button[name=button_validate]');
    await user.waitForState('done');

    const [moved, ...more] = await eventsOf(launched, 'state', since);
    expect(moved).toMatchObject({
      from: 'assigned',
      screen: { model: 'stock.picking', state: 'done' },
    });
    // Opening another record shows its state on the navigation; no state event is added.
    await page.click('.o_breadcrumb li.o_back_button a');
    await page.waitForSelector('.o_list_view');
    await user.openRecord('WH/IN/00002');
    await sleep(500);
    expect(more).toEqual([]);
    expect(await eventsOf(launched, 'state', since)).toHaveLength(1);
  });

  it('marks a click under the block UI as covered, and the page blocked meanwhile', async () => {
    const since = await open(
      '/odoo/receipts/1',
      '.o_statusbar_buttons button[name=button_validate]',
    );
    await page.evaluate(() => {
      const overlay = document.createElement('div');
      overlay.className = 'o_blockUI fixed-top';
      overlay.style.cssText = 'position:fixed;inset:0;z-index:1100;cursor:wait';
      document.querySelector('.o-main-components-container')!.append(overlay);
    });
    await eventsOf(launched, 'page', since, { where: (event) => event.state === 'blocked' });

    await page.click('.o_statusbar_buttons button[name=button_validate]');
    await page.click('.o_statusbar_status [data-value=done]');
    await page.evaluate(() => document.querySelector('.o_blockUI')!.remove());

    const clicks = await eventsOf(launched, 'click', since, { count: 2 });
    expect(clicks.map(({ target }) => [target.role, target.covered, target.disabled])).toEqual([
      ['primary_action', true, false],
      ['statusbar_state', true, true],
    ]);
    const states = await eventsOf(launched, 'page', since, {
      count: 2,
      where: (event) => event.state === 'blocked' || event.state === 'unblocked',
    });
    expect(states.map((event) => event.state)).toEqual(['blocked', 'unblocked']);
    expect(await page.$('.o_arrow_button_current[data-value=assigned]')).not.toBeNull();
  });

  it('names the priority star and notebook tabs it clicks', async () => {
    const since = await open('/odoo/receipts/1', '.o_notebook_headers');
    await user.click('.o_priority_star');
    await user.click('.o_notebook_headers a.nav-link[name=extra]');

    const clicks = await eventsOf(launched, 'click', since, { count: 2 });
    expect(clicks.map(({ target }) => [target.role, target.name])).toEqual([
      ['priority', 'priority'],
      ['tab', 'extra'],
    ]);
  });
});

describe('export and import', () => {
  it('records the export dialog, its settings, the export sent and Export All', async () => {
    const since = await open('/odoo/sales', '.o_list_view tr.o_data_row');
    await user.click('thead th.o_list_record_selector input');
    await user.click('.o_control_panel_actions .o_cp_action_menus button');
    await user.click('::-p-xpath(//*[contains(@class,"o_menu_item")][normalize-space()="Export"])');
    await page.waitForSelector('.o_export_data_dialog');
    const chosen = await page.$$eval('.o_fields_list .o_export_field', (fields) => fields.length);
    await user.click('#o-update-data');
    await user.click('#o_radiocsv');
    await user.click('.o_export_data_dialog .o_select_button');
    await eventsOf(launched, 'download', since);
    await user.click('.o_export_data_dialog .modal-footer .o_form_button_cancel');
    await user.click('thead th.o_list_record_selector input');
    await user.click('.o_control_panel_breadcrumbs_actions .o_cp_action_menus button');
    await user.click('.o_export_all_menu');

    const exports = await eventsOf(launched, 'export', since, { count: 3 });
    expect(
      exports.map(({ step, importCompatible, format, fields }) => ({
        step,
        importCompatible,
        format,
        fields,
      })),
    ).toEqual([
      { step: 'dialog_open', importCompatible: false, format: 'xlsx', fields: chosen },
      { step: 'sent', importCompatible: true, format: 'csv', fields: chosen },
      { step: 'export_all', importCompatible: false, format: 'xlsx', fields: null },
    ]);
    expect(exports.every((event) => event.screen.model === 'sale.order')).toBe(true);
    const downloads = await eventsOf(launched, 'download', since, { count: 2 });
    expect(downloads.map((event) => event.kind)).toEqual(['export', 'export']);
  });

  it('records the import screen, the file chosen, the test with its errors and the run', async () => {
    const since = await open('/odoo/sales', '.o_list_view tr.o_data_row');
    await user.click('.o_control_panel_breadcrumbs_actions .o_cp_action_menus button');
    await user.click('.o_import_menu');
    await page.waitForSelector('.o_import_action');
    const file = path.join(workDir, 'secret-customers.csv');
    writeFileSync(file, 'name,client_order_ref\nS00042,REF-1\n,REF-2\n');
    const input = await page.waitForSelector(
      '.o_import_action input[type=file], input.o_input_file',
    );
    await input!.uploadFile(file);
    await page.waitForSelector('.o_import_data_content');
    await user.click('::-p-xpath(//button[normalize-space()="Test"])');
    await page.waitForSelector('.o_import_report');
    await user.click('::-p-xpath(//button[normalize-space()="Import"])');

    const imports = await eventsOf(launched, 'import', since, { count: 5 });
    expect(imports.map(({ step, model, errors }) => [step, model, errors])).toEqual([
      ['opened', 'sale.order', null],
      ['file_chosen', 'sale.order', null],
      ['test', 'sale.order', null],
      ['errors', 'sale.order', 2],
      ['run', 'sale.order', null],
    ]);
    expect(JSON.stringify(await launched.readEvents())).not.toContain('secret-customers');
  });
});

describe('page state, copy and shortcuts', () => {
  it('records the tab hidden and shown, and the window blurred and focused', async () => {
    const since = await open('/odoo/receipts', '.o_list_view tr.o_data_row');
    const other = await launched.newPage();
    await other.bringToFront();
    await sleep(2600);
    await page.bringToFront();
    await other.close();

    const states = await eventsOf(launched, 'page', since, { count: 4 });
    expect(states.map((event) => event.state).sort()).toEqual([
      'blur',
      'focus',
      'hidden',
      'visible',
    ]);
    const hidden = states.find((event) => event.state === 'hidden')!;
    const visible = states.find((event) => event.state === 'visible')!;
    expect(visible.t - hidden.t).toBeGreaterThanOrEqual(2500);
  });

  it('counts a copy without reading it, and records alt+ shortcuts and escape', async () => {
    const since = await open('/odoo/receipts/1', '.o_form_view label.o_form_label');
    await page.click('.o_form_view label.o_form_label', { count: 3 });
    await page.keyboard.down('Control');
    await page.keyboard.press('c', { commands: ['copy'] });
    await page.keyboard.up('Control');
    await page.keyboard.down('Alt');
    await page.keyboard.press('k');
    await page.keyboard.up('Alt');
    await page.keyboard.press('Escape');
    await page.keyboard.type('plain text');

    const [copy] = await eventsOf(launched, 'copy', since);
    expect(copy).toMatchObject({ type: 'copy', screen: { model: 'stock.picking' } });
    const events = await settledEvents(launched, since);
    expect(ofType(events, 'shortcut').map((event) => event.shortcut)).toEqual([
      'ctrl+c',
      'alt+k',
      'escape',
    ]);
    expect(ofType(events, 'copy')).toHaveLength(1);
  });
});
