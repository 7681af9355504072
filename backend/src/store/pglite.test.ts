import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { BackendError } from '../backend-error.ts';
import { storeContract } from '../testing/store-contract.ts';
import { openTestStore } from '../testing/fixtures.ts';
import { LOCK_NAME, LOCK_UPDATE_MS } from './lock-data-dir.ts';
import { openStore } from './open-store.ts';

describe('PGlite store in memory', () => {
  storeContract(() => openTestStore());
});

describe('PGlite store in a folder', () => {
  it('keeps rows and applied migrations across a restart', async () => {
    const dataDir = join(await mkdtemp(join(tmpdir(), 'pathlight-pglite-')), 'nested', 'pglite');
    try {
      const first = await openStore({ dataDir });
      expect(await first.migrate()).toEqual([
        '1-initial',
        '2-attempts-partners',
        '3-interventions',
      ]);
      await first.query("INSERT INTO organisations VALUES ('kept', 'Kept', 'a', 'b')");
      await first.close();

      const second = await openStore({ dataDir });
      expect(await second.migrate()).toEqual([]);
      expect(await second.query('SELECT id FROM organisations')).toEqual([{ id: 'kept' }]);
      await second.close();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('PGlite folder lock', () => {
  let dataDir: string;

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'pathlight-pglite-lock-'));
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  it('refuses to open a folder that is open, and opens it once the first store is closed', async () => {
    const first = await openStore({ dataDir });

    await expect(openStore({ dataDir })).rejects.toMatchObject({
      code: 'data_dir_locked',
      message: expect.stringContaining(dataDir),
    });

    await first.close();
    const second = await openStore({ dataDir });
    expect(await second.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    await second.close();
  }, 60_000);

  it('closes itself and says so when its lock disappears', async () => {
    const onLockLost = vi.fn<(error: BackendError) => void>();
    const store = await openStore({ dataDir, onLockLost });

    await rm(join(dataDir, LOCK_NAME), { recursive: true });

    await vi.waitFor(() => expect(onLockLost).toHaveBeenCalledOnce(), {
      timeout: LOCK_UPDATE_MS + 3_000,
    });
    expect(onLockLost.mock.calls[0]?.[0]).toMatchObject({ code: 'data_dir_lock_lost' });
    await expect(store.query('SELECT 1')).rejects.toThrow();
    await expect(store.close()).resolves.toBeUndefined();
  }, 60_000);

  it('gives up on a slow start with store_start_timeout, keeping the folder until PGlite stops', async () => {
    await expect(openStore({ dataDir, startTimeoutMs: 1 })).rejects.toMatchObject({
      code: 'store_start_timeout',
      message: expect.stringContaining(`PGlite did not start within 0.001 s in ${dataDir}`),
    });

    await vi.waitFor(
      async () => {
        const store = await openStore({ dataDir });
        await store.close();
      },
      { timeout: 30_000, interval: 200 },
    );
  }, 60_000);
});
