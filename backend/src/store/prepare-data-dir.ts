import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

import { BackendError } from '../backend-error.ts';

/**
 * Makes sure PGlite's folder exists and can be written, creating the missing levels, and returns
 * its absolute path. Throws `invalid_data_dir` naming the folder when it is a file, lies below a
 * file, cannot be created or cannot be written: PGlite itself would fail later with a bare stack
 * trace, or never return.
 */
export async function prepareDataDir(dataDir: string): Promise<string> {
  const folder = resolve(dataDir);
  for (const level of await missingLevels(folder, dataDir)) await createLevel(level, dataDir);
  await checkWritable(folder, dataDir);
  return folder;
}

/** The folders to create, outermost first; throws when an existing level is not a folder. */
async function missingLevels(folder: string, dataDir: string): Promise<string[]> {
  const missing: string[] = [];
  let current = folder;
  for (;;) {
    const kind = await kindOf(current, dataDir);
    if (kind === 'folder') return missing;
    if (kind === 'other') {
      const where = current === folder ? 'is a file' : `lies below ${current}, which is a file`;
      throw invalidDataDir(dataDir, `${where}, not a folder`);
    }

    missing.unshift(current);
    const parent = dirname(current);
    if (parent === current) return missing;
    current = parent;
  }
}

async function kindOf(path: string, dataDir: string): Promise<'folder' | 'other' | 'missing'> {
  try {
    return (await stat(path)).isDirectory() ? 'folder' : 'other';
  } catch (error) {
    const code = errorCode(error);
    // ENOTDIR: a level above is a file; walking up finds it and names it.
    if (code === 'ENOENT' || code === 'ENOTDIR') return 'missing';
    throw invalidDataDir(dataDir, `cannot be looked at (${code} on ${path})`);
  }
}

// One level at a time, not `mkdir(…, { recursive: true })`: procfs answers ENOENT for a child it
// cannot hold, which Node's recursive mkdir reads as "parent missing" and retries forever
// (seen on Node 20.20: `PATHLIGHT_DATA_DIR=/proc/nope` hung the server with no output).
async function createLevel(level: string, dataDir: string): Promise<void> {
  try {
    await mkdir(level);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'EEXIST') return;
    throw invalidDataDir(dataDir, `cannot be created (${code} creating ${level})`);
  }
}

// Permission bits say nothing for root or on a read-only mount: only a real write tells.
async function checkWritable(folder: string, dataDir: string): Promise<void> {
  const probe = join(folder, `.pathlight-write-check-${process.pid}`);
  try {
    await writeFile(probe, '');
  } catch (error) {
    throw invalidDataDir(dataDir, `cannot be written (${errorCode(error)})`);
  }
  await rm(probe, { force: true });
}

function invalidDataDir(dataDir: string, problem: string): BackendError {
  return new BackendError(
    'invalid_data_dir',
    `The PGlite folder "${dataDir}" (PATHLIGHT_DATA_DIR) ${problem}. Point PATHLIGHT_DATA_DIR ` +
      'at a folder this process can create and write, e.g. .data/pglite.',
  );
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}
