import browser from 'webextension-polyfill';
import type { z } from 'zod';

import { logger } from '../logger.ts';
import { configSchema, type Config, type ConfigIssue } from './schema.ts';

/** Key of the unmanaged configuration in `storage.local`. */
export const LOCAL_CONFIG_KEY = 'config';

export interface LoadedConfig {
  config: Config;
  /** Problems found; the fields they concern are left out of `config`. */
  issues: ConfigIssue[];
  /** True when IT set at least one field by policy. */
  managed: boolean;
}

/**
 * Reads the managed policy and the local configuration; a field set by policy always wins, so a
 * user cannot point a force-installed extension elsewhere. Invalid fields are dropped one by one
 * with an issue naming them, so one typo in a policy does not switch everything off.
 */
export async function loadConfig(): Promise<LoadedConfig> {
  const loaded = await readConfig();
  for (const issue of loaded.issues) logger.warn(`${issue.message} [${issue.code}]`);
  return loaded;
}

/**
 * `loadConfig` without the warnings: for content scripts, which read the same settings on every
 * page while the background reports their problems once.
 */
export async function readConfig(): Promise<LoadedConfig> {
  const managedRaw = await readManaged();
  const localRaw = (await browser.storage.local.get(LOCAL_CONFIG_KEY))[LOCAL_CONFIG_KEY] ?? {};
  return mergeConfig(managedRaw, localRaw);
}

/** Merges raw managed and local settings; see `loadConfig`. */
export function mergeConfig(managedRaw: unknown, localRaw: unknown): LoadedConfig {
  const issues: ConfigIssue[] = [];
  const managed = validFields(managedRaw, 'invalid_policy', issues);
  const local = validFields(localRaw, 'invalid_local_config', issues);
  const config = configSchema.parse({ ...local, ...managed });
  return { config, issues, managed: Object.keys(managed).length > 0 };
}

async function readManaged(): Promise<unknown> {
  try {
    return await browser.storage.managed.get();
  } catch {
    // Firefox throws when no policy names the extension; that simply means "not managed".
    return {};
  }
}

function validFields(
  raw: unknown,
  code: ConfigIssue['code'],
  issues: ConfigIssue[],
): Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null) return {};

  const shape = configSchema.shape as Record<string, z.ZodType>;
  const valid: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const field = shape[key];
    if (!field) {
      issues.push({ code, message: `unknown setting "${key}" is ignored` });
      continue;
    }
    const parsed = field.safeParse(value);
    if (parsed.success) valid[key] = value;
    else {
      const issue = parsed.error.issues[0];
      const reason = issue?.message ?? 'is invalid';
      // A nested setting names the part that is wrong: `detectorThresholds.rageClicks`.
      const where = [key, ...(issue?.path ?? []).map(String)].join('.');
      issues.push({ code, message: `setting "${where}" ${reason}; it is ignored` });
    }
  }
  return valid;
}
