import { join } from 'node:path';

import lockfile from 'proper-lockfile';

import { BackendError } from '../backend-error.ts';

/**
 * Two PGlite instances on one folder each keep their own copy of the database in memory and
 * overwrite each other's files: acknowledged batches vanish at the next start. So one backend
 * holds an exclusive lock on the folder for as long as its store is open.
 */

/** The lock, a folder inside the data folder: it works where only the data folder is writable. */
export const LOCK_NAME = 'pathlight.lock';

/**
 * A lock its holder has not refreshed for this long is taken over. It is also how long a backend
 * killed with SIGKILL keeps the folder blocked; any other exit removes the lock at once.
 */
export const LOCK_STALE_MS = 30_000;

/** How often the holder refreshes the lock; proper-lockfile allows at most half of the above. */
export const LOCK_UPDATE_MS = 5_000;

export interface LockOptions {
  /**
   * Called once if the lock is lost (its folder deleted, or taken over after this process
   * stalled past the stale time): another backend may be writing the folder from then on.
   */
  onLost: (error: BackendError) => void;
  /** Default `LOCK_STALE_MS`. */
  staleMs?: number;
  /** Default `LOCK_UPDATE_MS`. */
  updateMs?: number;
}

/**
 * Takes the lock on `folder` (absolute, existing) and returns the function that releases it.
 * Throws `data_dir_locked` when another process holds it, `invalid_data_dir` when the lock cannot
 * be created.
 */
export async function lockDataDir(
  folder: string,
  options: LockOptions,
): Promise<() => Promise<void>> {
  const lockPath = join(folder, LOCK_NAME);
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(folder, {
      lockfilePath: lockPath,
      realpath: true,
      stale: options.staleMs ?? LOCK_STALE_MS,
      update: options.updateMs ?? LOCK_UPDATE_MS,
      onCompromised: (error) => options.onLost(lockLost(folder, error)),
    });
  } catch (error) {
    throw lockRefused(folder, lockPath, error);
  }

  let released: Promise<void> | undefined;
  return () => (released ??= release().catch(ignoreAlreadyReleased));
}

/**
 * Whether a live backend holds the lock on `folder`: for a tool about to empty or replace the
 * folder, which must not pull it from under a running server.
 */
export async function dataDirInUse(folder: string, staleMs = LOCK_STALE_MS): Promise<boolean> {
  try {
    return await lockfile.check(folder, {
      lockfilePath: join(folder, LOCK_NAME),
      realpath: false,
      stale: staleMs,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

function lockRefused(folder: string, lockPath: string, error: unknown): BackendError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ELOCKED') {
    return new BackendError(
      'data_dir_locked',
      `The PGlite folder ${folder} is in use by another Pathlight backend (lock ${lockPath}). ` +
        'Stop the other process, or set PATHLIGHT_DATA_DIR to another folder; to run several ' +
        `servers, use PostgreSQL (DATABASE_URL). If none is running, one was killed: its lock ` +
        `expires ${LOCK_STALE_MS / 1000} s after it stopped.`,
      { cause: error },
    );
  }
  return new BackendError(
    'invalid_data_dir',
    `Cannot create the lock ${lockPath} (${code ?? String(error)}). Point PATHLIGHT_DATA_DIR at ` +
      'a folder this process can write.',
    { cause: error },
  );
}

function lockLost(folder: string, error: Error): BackendError {
  return new BackendError(
    'data_dir_lock_lost',
    `Lost the lock on the PGlite folder ${folder} (${error.message}). Another backend may be ` +
      'using it now, so this one stopped. Make sure only one backend uses this ' +
      'PATHLIGHT_DATA_DIR, then start again.',
    { cause: error },
  );
}

// After a lost lock there is nothing left to release; that is not a failure of closing.
function ignoreAlreadyReleased(error: NodeJS.ErrnoException): void {
  if (error.code !== 'ERELEASED') throw error;
}
