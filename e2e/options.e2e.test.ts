import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { StoredEvent } from '../core/events/schema.ts';
import { parseTrace } from '../core/trace/index.ts';
import { launchWithExtension, waitFor, type LaunchedBrowser } from './support/launch.ts';

/**
 * The options page with the real extension: it shows what was captured on an Odoo-like page,
 * exports exactly the stored events as a trace file, and deletes everything once confirmed.
 */

/** An Odoo 18 receipt form, reduced to what the recogniser and capture read. */
const ODOO_PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>WH/IN/00042 - Odoo</title></head>
<body class="o_web_client">
  <nav class="o_main_navbar">
    <a class="o_menu_brand" data-menu-xmlid="stock.menu_stock_root">Inventory</a>
  </nav>
  <div class="o_action_manager"><div class="o_action o_view_controller o_form_view">
    <div class="o_form_statusbar">
      <div class="o_statusbar_buttons">
        <button name="button_validate" type="object" class="btn btn-primary">
          <span>Validate</span>
        </button>
        <button name="action_cancel" type="object" class="btn btn-secondary">
          <span>Cancel</span>
        </button>
      </div>
      <div name="state" class="o_field_widget o_field_statusbar"><div class="o_statusbar_status">
        <button class="btn o_arrow_button o_arrow_button_current" data-value="assigned" disabled>
          Ready
        </button>
      </div></div>
    </div>
  </div></div>
</body></html>`;

let launched: LaunchedBrowser;
let server: Server;
let odooUrl: string;
let downloads: string;
const browserLog: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    // Only the page: the identity lookup gets a 404, so events carry no user.
    if (request.method !== 'GET' || !request.url?.startsWith('/odoo')) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ODOO_PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  odooUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/odoo/receipts/42`;

  downloads = await mkdtemp(path.join(tmpdir(), 'pathlight-downloads-'));
  launched = await launchWithExtension({ log: (line) => browserLog.push(line) });
  const cdp = await launched.browser.target().createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', {
    behavior: 'allow',
    downloadPath: downloads,
    eventsEnabled: true,
  });
});

afterAll(async () => {
  await launched?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (downloads) await rm(downloads, { recursive: true, force: true });
});

/** The stored events, once none has arrived for half a second. */
async function settledEvents(): Promise<StoredEvent[]> {
  let count = -1;
  await waitFor(
    async () => {
      const previous = count;
      count = (await launched.readEvents()).length;
      await new Promise((resolve) => setTimeout(resolve, 500));
      return count === previous;
    },
    15_000,
    'the store to settle',
  );
  return launched.readEvents();
}

/** The rows of a table on the page, as trimmed cell texts. */
function tableRows(page: Page, selector: string): Promise<string[][]> {
  return page.$$eval(`${selector} tbody tr`, (rows) =>
    rows.map((row) =>
      Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent?.trim() ?? ''),
    ),
  );
}

async function textOf(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (element) => element.textContent ?? '');
}

/** The one finished download in the downloads folder. */
async function downloadedTrace(): Promise<{ name: string; text: string }> {
  let name: string | undefined;
  await waitFor(
    async () => {
      name = (await readdir(downloads)).find((file) => file.endsWith('.jsonl'));
      return name !== undefined;
    },
    10_000,
    'the exported trace file',
  );
  return { name: name!, text: await readFile(path.join(downloads, name!), 'utf8') };
}

describe('the options page', () => {
  let stored: StoredEvent[];
  let options: Page;

  it('shows counts by type and session, and the latest events', async () => {
    const odoo = await launched.newPage();
    await odoo.goto(odooUrl, { waitUntil: 'load' });
    await waitFor(async () => (await launched.readEvents()).length > 0, 10_000, 'the load event');
    await odoo.click('button[name=button_validate]');
    await odoo.click('button[name=action_cancel]');
    await odoo.click('button[name=button_validate]');
    await waitFor(
      async () => (await launched.readEvents()).filter((e) => e.type === 'click').length === 3,
      10_000,
      'three clicks in the store',
    );
    // Closed first, so that leaving the tab adds nothing while the page is read.
    await odoo.close();
    stored = await settledEvents();

    options = await launched.newPage();
    await options.goto(`chrome-extension://${launched.extensionId}/options.html`);
    await options.waitForSelector('#events-by-type tbody tr');

    const byType = new Map<string, number>();
    for (const event of stored) byType.set(event.type, (byType.get(event.type) ?? 0) + 1);
    const shownByType = await tableRows(options, '#events-by-type');
    expect(new Map(shownByType.map(([type, count]) => [type!, Number(count)]))).toEqual(byType);
    expect(byType.get('click')).toBe(3);

    const sessions = new Set(stored.map((event) => event.session));
    expect(sessions.size).toBe(1);
    const shownSessions = await tableRows(options, '#events-by-session');
    expect(shownSessions.map((row) => [row[0], row[3]])).toEqual([
      [[...sessions][0], String(stored.length)],
    ]);
    expect(await textOf(options, '#stored-summary')).toContain(
      `${stored.length} events in 1 session;`,
    );

    const latest = await tableRows(options, '#latest-events');
    expect(latest).toHaveLength(stored.length);
    expect(latest).toContainEqual([
      expect.any(String),
      'click',
      'stock.menu_stock_root',
      'stock.picking',
      'form',
      'assigned',
      'primary_action',
      'button_validate',
    ]);
  });

  it('exports exactly the stored events as a trace file', async () => {
    await options.click('xpath/.//button[normalize-space()="Export all events"]');

    const { name, text } = await downloadedTrace();
    const trace = parseTrace(text);

    expect(name).toMatch(/^pathlight-trace-\d{4}-\d{2}-\d{2}\.jsonl$/);
    expect(trace.ok).toBe(true);
    expect(trace.ok && trace.header.client).toMatch(/^pathlight-extension\//);
    const expected = stored
      .map(({ id, sync: _sync, ...event }) => ({ ...event, seq: id }))
      .sort((a, b) => a.seq! - b.seq!);
    expect(trace.events).toEqual(expected);
    await options.waitForFunction(
      (count) => document.querySelector('#result')?.textContent?.includes(`${count} events`),
      {},
      stored.length,
    );
  });

  it('deletes everything after a confirmation, and says the store is empty', async () => {
    await options.click('xpath/.//button[normalize-space()="Delete all stored data…"]');
    await options.click('xpath/.//button[normalize-space()="Cancel"]');
    expect(await launched.readEvents()).toHaveLength(stored.length);

    await options.click('xpath/.//button[normalize-space()="Delete all stored data…"]');
    expect(await textOf(options, '#delete-warning')).toContain(
      `This deletes all ${stored.length} events`,
    );
    expect(await launched.readEvents()).toHaveLength(stored.length);

    await options.click('xpath/.//button[normalize-space()="Delete everything"]');
    await options.waitForFunction(() =>
      document.querySelector('#result')?.textContent?.includes('Nothing is stored'),
    );

    expect(await textOf(options, '#result')).toContain(
      `Deleted ${stored.length} events, 1 session and 0 batches`,
    );
    expect(await textOf(options, '#stored-summary')).toBe('Nothing is stored in this browser.');
    expect(await launched.readEvents()).toEqual([]);
    expect(await launched.readTable('sessions')).toEqual([]);
    expect(await launched.readTable('outbox')).toEqual([]);
    expect(await options.$('#export-link')).toBeNull();
    // The identity lookup's 404 is expected; any other error on a page is not.
    const errors = browserLog.filter(
      (line) => line.includes('[page error]') && !line.includes('Failed to load resource'),
    );
    expect(errors).toEqual([]);
  });
});
