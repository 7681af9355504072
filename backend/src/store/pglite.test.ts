import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { storeContract } from '../testing/store-contract.ts';
import { openTestStore } from '../testing/fixtures.ts';
import { openStore } from './open-store.ts';

describe('PGlite store in memory', () => {
  storeContract(() => openTestStore());
});

describe('PGlite store in a folder', () => {
  it('keeps rows and applied migrations across a restart', async () => {
    const dataDir = join(await mkdtemp(join(tmpdir(), 'pathlight-pglite-')), 'nested', 'pglite');
    try {
      const first = await openStore({ dataDir });
      expect(await first.migrate()).toEqual(['1-initial']);
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
