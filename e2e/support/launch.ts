import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import puppeteer, { type Browser, type Page, type WebWorker } from 'puppeteer-core';

import type { StoredEvent } from '../../core/events/schema.ts';

/** The part of the extension API these helpers call inside the browser. */
declare const chrome: {
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

/** Debian's Chromium; override with PATHLIGHT_CHROMIUM. */
export const CHROMIUM_PATH = process.env.PATHLIGHT_CHROMIUM ?? '/usr/bin/chromium';

/** The production build of the extension, made by `npm run build`. */
export const EXTENSION_DIR = path.resolve(import.meta.dirname, '../../.output/chrome-mv3');

/** Flags Chromium needs as root, headless, on a machine without outside network. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface ExtensionConfig {
  backendUrl?: string;
  ingestToken?: string;
  pseudonymSecret?: string;
  odooHosts?: string[];
  /** Inline hints; IT turns them off with `false`. */
  hints?: boolean;
  /** Who uses the browser: role, team and the day they started in Odoo. */
  cohort?: { role?: string; team?: string; userSince?: string };
}

export interface LaunchedBrowser {
  browser: Browser;
  worker: WebWorker;
  extensionId: string;
  /** A new tab with the page console forwarded to the test output. */
  newPage(): Promise<Page>;
  /** Sets the extension's local configuration, as the options page would. */
  configure(config: ExtensionConfig): Promise<void>;
  /** Every event in the extension's IndexedDB. */
  readEvents(): Promise<StoredEvent[]>;
  /** Every row of one table of the extension's IndexedDB. */
  readTable<T = unknown>(table: 'events' | 'sessions' | 'outbox' | 'signals'): Promise<T[]>;
  /** Asks the background to aggregate and send now; returns its report. */
  syncNow(): Promise<unknown>;
  close(): Promise<void>;
}

/** Launches headless Chromium with the built extension loaded and its service worker running. */
export async function launchWithExtension(
  options: { log?: (line: string) => void } = {},
): Promise<LaunchedBrowser> {
  const log = options.log ?? (() => {});
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'pathlight-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    pipe: true,
    enableExtensions: [EXTENSION_DIR],
    userDataDir,
    args: CHROMIUM_ARGS,
  });

  const target = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().endsWith('/background.js'),
    { timeout: 20_000 },
  );
  const worker = (await target.worker())!;
  const extensionId = new URL(target.url()).host;
  // Right after the worker attaches, `chrome` can be undefined for a moment.
  await waitFor(() => worker.evaluate(() => typeof chrome !== 'undefined' && !!chrome.storage));

  const newPage = async () => {
    const page = await browser.newPage();
    page.on('console', (message) => log(`[page ${message.type()}] ${message.text()}`));
    page.on('pageerror', (error) => log(`[page error] ${String(error)}`));
    return page;
  };

  const readTable = <T>(table: string) =>
    worker.evaluate(
      (name) =>
        new Promise<unknown[]>((resolve, reject) => {
          // Open without a version: the background's Dexie has created the store by now.
          const request = indexedDB.open('pathlight');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const db = request.result;
            if (!db.objectStoreNames.contains(name)) {
              db.close();
              resolve([]);
              return;
            }
            const all = db.transaction(name).objectStore(name).getAll();
            all.onsuccess = () => {
              db.close();
              resolve(all.result);
            };
            all.onerror = () => reject(all.error);
          };
        }),
      table,
    ) as Promise<T[]>;

  return {
    browser,
    worker,
    extensionId,
    newPage,
    async configure(config) {
      await worker.evaluate((value) => chrome.storage.local.set({ config: value }), config);
    },
    readEvents: () => readTable<StoredEvent>('events'),
    readTable,
    async syncNow() {
      const page = await browser.newPage();
      try {
        await page.goto(`chrome-extension://${extensionId}/options.html`);
        return await page.evaluate(() =>
          chrome.runtime.sendMessage({ type: 'pathlight/sync-now' }),
        );
      } finally {
        await page.close();
      }
    },
    async close() {
      await browser.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export interface PlainBrowser {
  browser: Browser;
  /** A new tab with the page console forwarded, as `LaunchedBrowser.newPage`. */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Launches headless Chromium exactly as `launchWithExtension` does, without the extension: the
 * baseline of comparisons such as the capture benchmark.
 */
export async function launchWithoutExtension(
  options: { log?: (line: string) => void } = {},
): Promise<PlainBrowser> {
  const log = options.log ?? (() => {});
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'pathlight-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    pipe: true,
    userDataDir,
    args: CHROMIUM_ARGS,
  });

  return {
    browser,
    async newPage() {
      const page = await browser.newPage();
      page.on('console', (message) => log(`[page ${message.type()}] ${message.text()}`));
      page.on('pageerror', (error) => log(`[page error] ${String(error)}`));
      return page;
    },
    async close() {
      await browser.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Polls `check` until it returns true, or throws after `timeoutMs`. */
export async function waitFor(
  check: () => Promise<boolean> | boolean,
  timeoutMs = 10_000,
  what = 'condition',
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // Not ready yet: try again until the deadline.
    }
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
