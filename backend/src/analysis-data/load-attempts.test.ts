import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { attemptRow } from '../../../core/testing/attempt-rows.ts';
import type { Store } from '../store/index.ts';
import {
  attemptBatch,
  clearData,
  NORTHWIND,
  openTestStore,
  postIngest,
  testApp,
} from '../testing/fixtures.ts';
import { loadAttempts } from './load-attempts.ts';

let store: Store;

beforeAll(async () => {
  store = await openTestStore();
}, 30_000);
afterAll(() => store.close());
beforeEach(() => clearData(store));

describe('loadAttempts', () => {
  it('gives an upper-case attempt id back in lower case, stored once', async () => {
    const app = testApp(store);
    const attempt = attemptRow({ attempt: 'A1B2C3D4-0000-4000-8000-00000000000F' });
    await postIngest(app, NORTHWIND.ingestToken, attemptBatch([attempt]));
    await postIngest(
      app,
      NORTHWIND.ingestToken,
      attemptBatch([{ ...attempt, attempt: attempt.attempt.toLowerCase() }]),
    );

    const loaded = await loadAttempts(store, NORTHWIND.id, { from: attempt.day, to: attempt.day });

    expect(loaded.map((row) => row.attempt)).toEqual(['a1b2c3d4-0000-4000-8000-00000000000f']);
  });

  it('throws naming the row and the problem when a stored attempt breaks the contract', async () => {
    const app = testApp(store);
    const attempt = attemptRow();
    await postIngest(app, NORTHWIND.ingestToken, attemptBatch([attempt]));
    await store.query(`UPDATE attempts SET steps = '[]'::jsonb`);

    const loading = loadAttempts(store, NORTHWIND.id, { from: attempt.day, to: attempt.day });

    await expect(loading).rejects.toThrow(
      `Stored row ${attempt.attempt} of table attempts no longer matches the sync contract: steps:`,
    );
  });
});
