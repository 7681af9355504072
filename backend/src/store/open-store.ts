import { silentLogger, type Logger } from '../logger.ts';
import { openPgliteStore } from './pglite-store.ts';
import { openPostgresStore } from './postgres-store.ts';
import type { Store, StoreOptions } from './types.ts';

/** PGlite's folder when neither `databaseUrl` nor `dataDir` is given. */
export const DEFAULT_DATA_DIR = '.data/pglite';

/**
 * Opens PostgreSQL when `databaseUrl` is set, embedded PGlite otherwise. It does not migrate:
 * call `store.migrate()` once the store is open. Throws a `BackendError` for what an operator
 * must fix: an unreachable database, or a PGlite folder that is invalid, locked or slow to start.
 */
export async function openStore(
  options: StoreOptions & {
    /** Hears errors of idle PostgreSQL connections and a lost PGlite lock. Default: silent. */
    logger?: Logger;
  },
): Promise<Store> {
  const logger = options.logger ?? silentLogger;
  if (options.databaseUrl) return openPostgresStore(options.databaseUrl, logger);
  return openPgliteStore(options.dataDir ?? DEFAULT_DATA_DIR, {
    startTimeoutMs: options.startTimeoutMs,
    onLockLost: options.onLockLost,
    logger,
  });
}
