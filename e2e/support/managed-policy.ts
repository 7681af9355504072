import { accessSync, constants, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import type { LaunchedBrowser } from './launch.ts';
import { waitFor } from './launch.ts';

/**
 * The extension's settings as client IT sets them: a policy file that Chromium on Linux reads
 * from its managed policy folder, and hands to the extension as `storage.managed`. Only root may
 * write the folder; CI runs as root.
 */

/** Where Chromium on Linux looks for IT's policies; override with PATHLIGHT_POLICY_DIR. */
export const MANAGED_POLICY_DIR =
  process.env.PATHLIGHT_POLICY_DIR ?? '/etc/chromium/policies/managed';

/** Fixed by the `key` in the manifest, so that a policy can name it. */
export const EXTENSION_ID = 'gdabelkcpgdhokghgnmbjhbfocndkokl';

/** The tests' own file: a client's policy files next to it are left alone. */
const POLICY_FILE = path.join(MANAGED_POLICY_DIR, 'pathlight-e2e-test.json');

/** The extension API the helpers call inside the service worker. */
declare const chrome: {
  storage: { managed: { get(): Promise<Record<string, unknown>> } };
};

/** True when this process may write the managed policy folder (creating it if need be). */
export function canWriteManagedPolicy(): boolean {
  try {
    mkdirSync(MANAGED_POLICY_DIR, { recursive: true });
    accessSync(MANAGED_POLICY_DIR, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Writes the extension's managed settings, as IT's policy would. */
export function writeManagedPolicy(settings: Record<string, unknown>): void {
  const policy = { '3rdparty': { extensions: { [EXTENSION_ID]: settings } } };
  writeFileSync(POLICY_FILE, `${JSON.stringify(policy, null, 2)}\n`);
}

/** Removes the tests' policy file; one left by an interrupted run is removed too. */
export function removeManagedPolicy(): void {
  rmSync(POLICY_FILE, { force: true });
}

/**
 * Waits until the extension's managed storage holds what `expected` says; Chromium watches its
 * policy folder and passes a change on within seconds.
 */
export async function waitForManagedSettings(
  launched: LaunchedBrowser,
  expected: (managed: Record<string, unknown>) => boolean,
  what: string,
): Promise<void> {
  await waitFor(
    async () => expected(await launched.worker.evaluate(() => chrome.storage.managed.get())),
    30_000,
    what,
  );
}
