import { readFileSync } from 'node:fs';
import path from 'node:path';

import { parseHTML } from 'linkedom';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { StoredEvent } from '../core/events/schema.ts';
import { launchWithExtension, waitFor, type LaunchedBrowser } from './support/launch.ts';
import {
  readManifest,
  SNAPSHOTS_DIR,
  startSnapshotServer,
  type SnapshotEntry,
  type SnapshotServer,
} from './support/snapshot-server.ts';

/**
 * The real extension on pages saved from real Odoo 17 and 18 servers: it must see each screen as
 * the live server described it, and record clicks on the page's primary buttons by name.
 */

type Expected = NonNullable<SnapshotEntry['expected']>;

/** The open dialog's primary footer buttons, else the form header's. */
const DIALOG_PRIMARY = '.o_dialog:not(.o_inactive_modal) .modal-footer button.btn-primary[name]';
const HEADER_PRIMARY = '.o_statusbar_buttons button.btn-primary[name]';

const pages = ['17', '18'].flatMap((version) =>
  readManifest(version).flatMap((entry) => {
    if (!entry.expected) return [];
    const expected: Expected = entry.expected;
    const html = readFileSync(path.join(SNAPSHOTS_DIR, version, entry.file), 'utf8');
    const { document } = parseHTML(html);
    const selector = expected.dialog ? DIALOG_PRIMARY : HEADER_PRIMARY;
    const buttons = Array.from(document.querySelectorAll(selector)).map((button, index) => ({
      index,
      name: button.getAttribute('name')!,
      type: button.getAttribute('type'),
    }));
    return [{ version, entry, expected, selector, buttons }];
  }),
);

const clicks = pages.flatMap((page) =>
  page.buttons.map((button) => ({
    ...page,
    button,
    label: `${page.version}/${page.entry.file} ${button.name}`,
  })),
);

let launched: LaunchedBrowser;
let server: SnapshotServer;
let page: Page;

beforeAll(async () => {
  server = await startSnapshotServer();
  launched = await launchWithExtension();
  page = await launched.newPage();
});

afterAll(async () => {
  await launched?.close();
  await server?.close();
});

async function open(version: string, entry: SnapshotEntry): Promise<void> {
  server.mount(version, entry.file);
  // A blank page first, so that a hash-only change of URL still loads the new document.
  await page.goto('about:blank');
  await page.goto(server.urlOf(entry), { waitUntil: 'load' });
}

async function eventsSince(
  t: number,
  check: (events: StoredEvent[]) => StoredEvent | undefined,
): Promise<StoredEvent> {
  let found: StoredEvent | undefined;
  await waitFor(
    async () => {
      found = check((await launched.readEvents()).filter((event) => event.t >= t));
      return found !== undefined;
    },
    10_000,
    'the event in IndexedDB',
  );
  return found!;
}

describe('the extension on saved Odoo pages', () => {
  it('covers every snapshot that states what must be recognised', () => {
    expect(pages.filter((p) => p.version === '17').length).toBeGreaterThanOrEqual(30);
    expect(pages.filter((p) => p.version === '18').length).toBeGreaterThanOrEqual(30);
    expect(clicks.length).toBeGreaterThanOrEqual(20);
  });

  it.each(pages)(
    'sees $version/$entry.file as the live server did',
    async ({ version, entry, expected }) => {
      const start = Date.now();
      await open(version, entry);

      const load = await eventsSince(start, (events) =>
        events.find((event) => event.type === 'navigate' && event.cause === 'load'),
      );

      expect(load.screen).toEqual(expected);
    },
  );

  it.each(clicks)(
    'records a click on $label',
    async ({ version, entry, expected, selector, button }) => {
      await open(version, entry);
      const handles = await page.$$(selector);
      const clickedAt = Date.now();
      await handles[button.index]!.click();

      const click = await eventsSince(clickedAt, (events) =>
        events.find((event) => event.type === 'click'),
      );

      expect(click).toMatchObject({
        screen: expected,
        target: {
          role: 'primary_action',
          inDialog: expected.dialog !== null,
          name: button.name,
          buttonType: button.type,
        },
      });
    },
  );
});
