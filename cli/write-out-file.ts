import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { CliError } from './command.ts';

/**
 * Writes `text` to the file given as `--out`, making its folder when missing. A folder given as
 * the file, or a place that cannot be written, is refused as `out_unwritable` naming the path.
 */
export async function writeOutFile(file: string, text: string): Promise<void> {
  const info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    throw new CliError(
      'out_unwritable',
      `--out "${file}" is a folder: give a file to write, e.g. --out ${path.join(file, 'review.md')}`,
    );
  }

  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
  } catch (error) {
    const blocker = await fileAbove(file);
    if (blocker) {
      throw new CliError(
        'out_unwritable',
        `--out "${file}" is inside "${blocker}", which is a file: give a file in a folder`,
      );
    }
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new CliError(
      'out_unwritable',
      `cannot write "${file}" (${code}): give --out a file in a folder you may write into`,
    );
  }
}

/** The nearest existing parent of `file` when it is not a folder: mkdir's EEXIST says little. */
async function fileAbove(file: string): Promise<string | undefined> {
  for (let at = path.dirname(file); ; at = path.dirname(at)) {
    const info = await stat(at).catch(() => null);
    if (info) return info.isDirectory() ? undefined : at;
    if (path.dirname(at) === at) return undefined;
  }
}
