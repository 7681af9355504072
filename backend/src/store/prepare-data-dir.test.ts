import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { prepareDataDir } from './prepare-data-dir.ts';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'pathlight-data-dir-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('prepareDataDir', () => {
  it('creates every missing level and returns the absolute folder', async () => {
    const folder = join(root, 'a', 'b', 'pglite');

    expect(await prepareDataDir(folder)).toBe(folder);
    expect((await stat(folder)).isDirectory()).toBe(true);
  });

  it('refuses a file with invalid_data_dir', async () => {
    const file = join(root, 'pglite');
    await writeFile(file, 'not a folder');

    await expect(prepareDataDir(file)).rejects.toMatchObject({
      code: 'invalid_data_dir',
      message: expect.stringContaining(`"${file}" (PATHLIGHT_DATA_DIR) is a file, not a folder`),
    });
  });

  it('names the file when the folder would lie below one', async () => {
    const file = join(root, 'notes.txt');
    await writeFile(file, '');

    await expect(prepareDataDir(join(file, 'pglite'))).rejects.toMatchObject({
      code: 'invalid_data_dir',
      message: expect.stringContaining(`lies below ${file}, which is a file`),
    });
  });

  // Node's recursive mkdir loops forever on procfs; the test's timeout would catch a hang.
  it.skipIf(process.platform !== 'linux')(
    'refuses a folder that cannot be created, at once',
    async () => {
      await expect(prepareDataDir('/proc/nope')).rejects.toMatchObject({
        code: 'invalid_data_dir',
        message: expect.stringContaining('cannot be created (ENOENT creating /proc/nope)'),
      });
    },
    2_000,
  );

  it.skipIf(process.platform !== 'linux')(
    'refuses a folder that exists but cannot be written, even as root',
    async () => {
      await expect(prepareDataDir('/proc')).rejects.toMatchObject({
        code: 'invalid_data_dir',
        message: expect.stringContaining('cannot be written'),
      });
    },
  );
});
