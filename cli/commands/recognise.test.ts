import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';

import { main } from '../main.ts';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED = process.env.PATHLIGHT_SHARED ?? path.resolve(REPO_ROOT, '../shared');
const SMART_BUTTON_PAGE = path.join(
  SHARED,
  'odoo/snapshots/18/16-purchase-order-receipt-from-smart-button.html',
);
const SMART_BUTTON_URL = 'http://127.0.0.1:8069/odoo/purchase/11/action-359/13';

const SMART_BUTTON_SCREEN = {
  version: 18,
  app: 'purchase.menu_purchase_root',
  model: 'stock.picking',
  viewType: 'form',
  state: 'assigned',
  dialog: null,
};

describe('pathlight recognise', () => {
  let log: MockInstance<typeof console.log>;
  let error: MockInstance<typeof console.error>;

  beforeEach(() => {
    log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  /** Everything the command printed on stdout, as one string. */
  const printed = () => log.mock.calls.map((call) => call.join(' ')).join('\n');
  const printedError = () => error.mock.calls.map((call) => call.join(' ')).join('\n');

  it('prints the screen of a real 18 snapshot as one JSON object with the six keys', async () => {
    const exitCode = await main(['recognise', SMART_BUTTON_PAGE, '--url', SMART_BUTTON_URL]);

    expect(exitCode).toBe(0);
    expect(JSON.parse(printed())).toStrictEqual(SMART_BUTTON_SCREEN);
  });

  it('accepts an address without origin', async () => {
    const exitCode = await main(['recognise', SMART_BUTTON_PAGE, '--url=/odoo/receipts/13']);

    expect(exitCode).toBe(0);
    expect(JSON.parse(printed())).toMatchObject({ model: 'stock.picking', viewType: 'form' });
  });

  it('prints its usage for --help', async () => {
    const exitCode = await main(['recognise', '--help']);

    expect(exitCode).toBe(0);
    expect(printed()).toContain('Usage: pathlight recognise PAGE.html --url URL');
  });

  it.each([
    [
      'a missing page file',
      ['/nonexistent/page.html', '--url', SMART_BUTTON_URL],
      'file_not_found',
      1,
    ],
    ['no --url', [SMART_BUTTON_PAGE], 'invalid_url', 2],
    ['--url without its value', [SMART_BUTTON_PAGE, '--url'], 'usage', 2],
    ['--url twice', [SMART_BUTTON_PAGE, '--url', '/odoo', '--url', SMART_BUTTON_URL], 'usage', 2],
    ['an empty --url', [SMART_BUTTON_PAGE, '--url', ''], 'invalid_url', 2],
    ['a device, not a file', ['/dev/zero', '--url', SMART_BUTTON_URL], 'not_a_file', 1],
    ['a --url that is not an address', [SMART_BUTTON_PAGE, '--url', 'not a url'], 'invalid_url', 2],
    ['a non-http --url', [SMART_BUTTON_PAGE, '--url', 'file:///etc/passwd'], 'invalid_url', 2],
    ['no page argument', ['--url', SMART_BUTTON_URL], 'usage', 2],
    ['two page arguments', ['a.html', 'b.html', '--url', SMART_BUTTON_URL], 'usage', 2],
    ['an unknown option', [SMART_BUTTON_PAGE, '--url', SMART_BUTTON_URL, '--fast'], 'usage', 2],
    ['a folder', [path.dirname(SMART_BUTTON_PAGE), '--url', SMART_BUTTON_URL], 'not_a_file', 1],
    [
      'a file that is not HTML',
      [path.join(REPO_ROOT, 'package.json'), '--url', SMART_BUTTON_URL],
      'not_html',
      1,
    ],
  ])('fails with [%s] → %s', async (_case, args, code, exitCode) => {
    expect(await main(['recognise', ...args])).toBe(exitCode);

    expect(printedError()).toContain(`[${code}]`);
    expect(log).not.toHaveBeenCalled();
  });

  it('names an unknown option plainly, and the options there are', async () => {
    await main(['recognise', SMART_BUTTON_PAGE, '--url', SMART_BUTTON_URL, '--fast']);

    expect(printedError()).toBe(
      'pathlight recognise: unknown option "--fast": the options are --url and --help; ' +
        'see "pathlight recognise --help" [usage]',
    );
  });

  it('refuses --url given twice rather than keep the last', async () => {
    expect(await main(['recognise', SMART_BUTTON_PAGE, '--url', '/odoo', '--url=/web'])).toBe(2);

    expect(printedError()).toBe(
      'pathlight recognise: --url is given twice: give it once; ' +
        'see "pathlight recognise --help" [usage]',
    );
  });

  it('exits 2 for a malformed --url, as for a missing one', async () => {
    expect(await main(['recognise', SMART_BUTTON_PAGE, '--url', 'not a url'])).toBe(2);
    expect(await main(['recognise', SMART_BUTTON_PAGE])).toBe(2);

    expect(printedError().split('\n')).toEqual([
      'pathlight recognise: --url "not a url" is not an http(s) address, ' +
        'e.g. --url https://erp.example.com/odoo/receipts/9 [invalid_url]',
      "pathlight recognise: missing --url: give the page's address, " +
        'e.g. --url https://erp.example.com/odoo/receipts/9 [invalid_url]',
    ]);
  });

  it("prints what the README's example shows, for the page it names", async () => {
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const [, page, url, output] =
      /\$ npx pathlight recognise (\S+) \\\n\s+--url (\S+)\n([\s\S]*?)```/.exec(readme) ?? [];
    // The README names the page as a reader of this repository finds it.
    const file = path.join(SHARED, path.relative('../shared', page ?? ''));

    expect(await main(['recognise', file, '--url', url ?? ''])).toBe(0);
    expect(`${printed()}\n`).toBe(output);
  });

  it('warns when the page has no Odoo web client markup, and answers from the URL', async () => {
    const page = path.join(tmpdir(), `pathlight-not-odoo-${process.pid}.html`);
    writeFileSync(page, '<html><body><p>Hello</p></body></html>');

    expect(await main(['recognise', page, '--url', '/odoo/receipts/9'])).toBe(0);

    expect(printedError()).toContain('[not_odoo_page]');
    expect(JSON.parse(printed())).toMatchObject({ version: 18, model: 'stock.picking' });
  });
});

describe('pathlight recognise as a process', () => {
  it('prints the JSON on stdout through the real bin', async () => {
    const run = promisify(execFile);
    const bin = path.join(REPO_ROOT, 'cli/bin.mjs');

    const { stdout } = await run(process.execPath, [
      bin,
      'recognise',
      SMART_BUTTON_PAGE,
      '--url',
      SMART_BUTTON_URL,
    ]);

    expect(JSON.parse(stdout)).toStrictEqual(SMART_BUTTON_SCREEN);
  }, 30_000);
});
