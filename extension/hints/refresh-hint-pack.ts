import type { Config } from '../config/schema.ts';
import { logger } from '../logger.ts';
import { fetchHintPack, type FetchPackOptions } from './fetch-hint-pack.ts';
import type { HintStorage } from './hint-storage.ts';

/**
 * Fetches the organisation's hint pack and caches it. A failure is logged with its code and the
 * cached pack is kept: yesterday's advice is better than none while the backend is away.
 */

/** The pack is fetched again once it is this old: the backend rebuilds it from a day's work. */
export const HINT_PACK_MAX_AGE_MS = 24 * 3_600_000;

/**
 * After a failed fetch, the next try waits at least this long: the service worker wakes many
 * times an hour, and a backend that is down should not be asked (and logged about) each time.
 */
export const HINT_PACK_RETRY_MS = 3_600_000;

/** What a refresh did: updated the cache, had nothing to do, or failed (the cache kept). */
export type RefreshReport =
  | { status: 'updated'; paths: number; incidents: number }
  | { status: 'off' }
  | { status: 'not_configured' }
  | { status: 'failed'; code: string; message: string };

/** Fetches the pack and caches it when it is valid; says what happened. */
export async function refreshHintPack(
  config: Pick<Config, 'backendUrl' | 'ingestToken' | 'hints'>,
  storage: HintStorage,
  now: number,
  options: FetchPackOptions = {},
): Promise<RefreshReport> {
  if (!config.hints) return { status: 'off' };
  const result = await fetchHintPack(config, options);
  if (!result.ok && result.code === 'hints_not_configured') return { status: 'not_configured' };
  await storage.writePackTriedAt(now);
  if (result.ok) {
    await storage.writePack(result.pack, now);
    return {
      status: 'updated',
      paths: result.pack.paths.length,
      incidents: result.pack.incidents.length,
    };
  }
  logger.warn(`hint pack not updated, the cached one is kept: ${result.message} [${result.code}]`);
  return { status: 'failed', code: result.code, message: result.message };
}

/**
 * True when a fetch is due: no pack is cached or it is older than `HINT_PACK_MAX_AGE_MS`, and
 * the last try is older than `HINT_PACK_RETRY_MS`.
 */
export async function packIsStale(storage: HintStorage, now: number): Promise<boolean> {
  const [cached, triedAt] = await Promise.all([storage.readPack(), storage.readPackTriedAt()]);
  if (cached !== null && now - cached.fetchedAt < HINT_PACK_MAX_AGE_MS) return false;
  return triedAt === null || now - triedAt >= HINT_PACK_RETRY_MS;
}
