import { PGlite, type Transaction } from '@electric-sql/pglite';

import { BackendError } from '../backend-error.ts';
import { silentLogger, type Logger } from '../logger.ts';
import { lockDataDir } from './lock-data-dir.ts';
import { MIGRATIONS } from './migrations/index.ts';
import { runMigrations } from './migrate.ts';
import { prepareDataDir } from './prepare-data-dir.ts';
import type { Queryable, Store } from './types.ts';

export interface PgliteStoreOptions {
  /** Longest wait for PGlite to start. Default `PGLITE_START_TIMEOUT_MS`. */
  startTimeoutMs?: number;
  /**
   * Called if the folder's lock is lost while the store is open; the store has closed itself by
   * then. Default: the error is logged.
   */
  onLockLost?: (error: BackendError) => void;
  /** Default: silent. */
  logger?: Logger;
}

/**
 * Longest wait for PGlite to start. Creating a new database takes about 7 s on a developer
 * machine and reopening one well under a second; past a minute something is wrong.
 */
export const PGLITE_START_TIMEOUT_MS = 60_000;

const IN_MEMORY = 'memory://';

/**
 * Opens embedded PostgreSQL (PGlite) in `dataDir`, or in memory for `memory://`. A folder is
 * checked (`invalid_data_dir`) and locked for this process (`data_dir_locked`) before PGlite
 * touches it.
 */
export async function openPgliteStore(
  dataDir: string,
  options: PgliteStoreOptions = {},
): Promise<Store> {
  const logger = options.logger ?? silentLogger;
  const onLockLost =
    options.onLockLost ??
    ((error: BackendError) =>
      logger.error('store closed', { code: error.code, message: error.message }));

  if (dataDir.startsWith(IN_MEMORY)) {
    return wrap(await startPglite(dataDir, options.startTimeoutMs, async () => {}));
  }

  const folder = await prepareDataDir(dataDir);
  // The lock may be lost before PGlite has started; `opened.store` tells which case it is.
  const opened: { store?: Store; lostWhileStarting?: BackendError } = {};
  const release = await lockDataDir(folder, {
    onLost: (error) => {
      if (!opened.store) {
        opened.lostWhileStarting = error;
        return;
      }
      // Stop writing at once: from now on another backend may own the folder.
      opened.store
        .close()
        .catch((closeError: unknown) =>
          logger.warn('closing after a lost lock failed', { error: String(closeError) }),
        );
      onLockLost(error);
    },
  });

  const store = wrap(await startPglite(folder, options.startTimeoutMs, release), release);
  opened.store = store;
  if (opened.lostWhileStarting) {
    await store.close();
    throw opened.lostWhileStarting;
  }
  return store;
}

/**
 * Starts PGlite within the time limit. PGlite cannot be cancelled, so on a timeout the folder
 * stays locked until the late instance has started and been closed (or has failed).
 */
async function startPglite(
  dataDir: string,
  timeoutMs = PGLITE_START_TIMEOUT_MS,
  release: () => Promise<void>,
): Promise<PGlite> {
  const starting = PGlite.create(dataDir);
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(startTimeout(dataDir, timeoutMs)), timeoutMs);
  });

  try {
    return await Promise.race([starting, timedOut]);
  } catch (error) {
    if (error instanceof BackendError) {
      // Nobody waits for the late instance any more; what its closing does is of no consequence.
      void starting
        .then((late) => late.close())
        .catch(() => {})
        .then(release)
        .catch(() => {});
      throw error;
    }
    await release();
    throw new BackendError(
      'store_start_failed',
      `PGlite could not open ${dataDir}: ${String(error)}. If that folder holds anything but a ` +
        'Pathlight database, set PATHLIGHT_DATA_DIR to a new folder.',
      { cause: error },
    );
  } finally {
    clearTimeout(timer);
  }
}

function startTimeout(dataDir: string, timeoutMs: number): BackendError {
  return new BackendError(
    'store_start_timeout',
    `PGlite did not start within ${timeoutMs / 1000} s in ${dataDir}. Check that the disk ` +
      'answers and that nothing else holds the folder, or set PATHLIGHT_DATA_DIR to a new folder.',
  );
}

function wrap(db: PGlite, release: () => Promise<void> = async () => {}): Store {
  let closed: Promise<void> | undefined;
  const store: Store = {
    engine: 'pglite',
    ...queryable(db),
    transaction: (fn) => db.transaction((tx) => fn(queryable(tx))),
    migrate: () => runMigrations(store, MIGRATIONS),
    // Closed once, whoever asks first (a lost lock or the server stopping); the lock goes last,
    // when PGlite has written everything.
    close: () => (closed ??= db.close().finally(release)),
  };
  return store;
}

function queryable(db: PGlite | Transaction): Queryable {
  return {
    query: async <T>(sql: string, params: unknown[] = []) => (await db.query<T>(sql, params)).rows,
    exec: async (sql) => {
      await db.exec(sql);
    },
  };
}
