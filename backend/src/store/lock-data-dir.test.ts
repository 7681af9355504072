import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { BackendError } from '../backend-error.ts';
import { dataDirInUse, LOCK_NAME, lockDataDir } from './lock-data-dir.ts';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pathlight-lock-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

describe('lockDataDir', () => {
  it('refuses a second holder with data_dir_locked, naming the folder and the way out', async () => {
    const release = await lockDataDir(folder, { onLost: vi.fn() });

    const second = lockDataDir(folder, { onLost: vi.fn() });

    await expect(second).rejects.toMatchObject({
      code: 'data_dir_locked',
      message: expect.stringContaining(`The PGlite folder ${folder} is in use`),
    });
    await expect(second).rejects.toThrow(/Stop the other process, or set PATHLIGHT_DATA_DIR/);
    await release();
  });

  it('lets the folder be locked again once released, and releases only once', async () => {
    const first = await lockDataDir(folder, { onLost: vi.fn() });
    await first();
    await first();

    const second = await lockDataDir(folder, { onLost: vi.fn() });

    await expect(stat(join(folder, LOCK_NAME))).resolves.toBeDefined();
    await second();
    await expect(stat(join(folder, LOCK_NAME))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('reports a lock that disappears as data_dir_lock_lost, once', async () => {
    const onLost = vi.fn<(error: BackendError) => void>();
    const release = await lockDataDir(folder, { onLost, staleMs: 2_000, updateMs: 1_000 });

    await rm(join(folder, LOCK_NAME), { recursive: true });

    await vi.waitFor(() => expect(onLost).toHaveBeenCalledOnce(), { timeout: 5_000 });
    expect(onLost.mock.calls[0]?.[0]).toMatchObject({
      code: 'data_dir_lock_lost',
      message: expect.stringContaining(`Lost the lock on the PGlite folder ${folder}`),
    });
    await expect(release()).resolves.toBeUndefined();
  }, 10_000);
});

describe('dataDirInUse', () => {
  it('is true while a backend holds the folder, and false before, after, and for no folder', async () => {
    expect(await dataDirInUse(join(folder, 'not-there'))).toBe(false);
    expect(await dataDirInUse(folder)).toBe(false);

    const release = await lockDataDir(folder, { onLost: vi.fn() });
    expect(await dataDirInUse(folder)).toBe(true);

    await release();
    expect(await dataDirInUse(folder)).toBe(false);
  });
});
