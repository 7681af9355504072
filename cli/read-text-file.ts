import { readFile, stat } from 'node:fs/promises';

import { CliError } from './command.ts';

/**
 * Reads a file named on the command line as UTF-8. `what` names it in errors ("page file",
 * "trace file"). Only regular files are read: a folder is refused at once, and a pipe or a
 * device, which could block the command forever, too.
 */
export async function readTextFile(file: string, what: string): Promise<string> {
  const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') {
      throw new CliError('file_not_found', `no ${what} at "${file}": check the path`);
    }
    throw new CliError('file_unreadable', `cannot read "${file}" (${error.code ?? 'error'})`);
  });
  if (info.isDirectory()) {
    throw new CliError('not_a_file', `"${file}" is a folder: give one ${what}`);
  }
  if (!info.isFile()) {
    throw new CliError('not_a_file', `"${file}" is not a regular file: give one ${what}`);
  }
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError('file_unreadable', `cannot read "${file}" (${code ?? 'error'})`);
  }
}
