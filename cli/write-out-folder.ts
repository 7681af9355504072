import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { CliError } from './command.ts';

/** A file to write: its name inside the folder, and its text. */
export interface OutFile {
  name: string;
  text: string;
}

/**
 * Writes files into the folder given as `--out`, making it (and its parents) when missing. A
 * path that is, or runs through, something other than a folder is refused as
 * `out_not_a_folder`; a folder that cannot be written as `out_unwritable`.
 */
export async function writeOutFolder(dir: string, files: readonly OutFile[]): Promise<void> {
  const info = await stat(dir).catch(() => null);
  if (info && !info.isDirectory()) {
    throw new CliError(
      'out_not_a_folder',
      `--out "${dir}" is a file, not a folder: give a folder to write into, e.g. --out drafts`,
    );
  }

  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    const blocker = await nonFolderAbove(dir);
    if (blocker) {
      throw new CliError(
        'out_not_a_folder',
        `--out "${dir}" is inside "${blocker}", which is not a folder: ` +
          'give a folder to write into, e.g. --out drafts',
      );
    }
    throw unwritable(dir, error);
  }

  for (const { name, text } of files) {
    const file = path.join(dir, name);
    await writeFile(file, text).catch((error: unknown) => {
      throw unwritable(file, error);
    });
  }
}

function unwritable(where: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException).code ?? 'error';
  return new CliError(
    'out_unwritable',
    `cannot write "${where}" (${code}): give --out a folder you may write into`,
  );
}

/** The nearest existing parent of `dir`, when it is not a folder. */
async function nonFolderAbove(dir: string): Promise<string | undefined> {
  for (let at = path.dirname(dir); ; at = path.dirname(at)) {
    const info = await stat(at).catch(() => null);
    if (info) return info.isDirectory() ? undefined : at;
    if (path.dirname(at) === at) return undefined;
  }
}
