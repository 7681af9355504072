// Before Dexie, which looks for IndexedDB when it loads.
import 'fake-indexeddb/auto';

import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { SYNC_NEW, SYNC_SENT } from '../../core/events/schema.ts';
import type { PathlightDb } from './db.ts';
import { storeEvent } from './store-event.ts';
import { openTestDb, validateClick } from './test-db.ts';

const ODOO = 'https://odoo.example.com';
const T0 = Date.UTC(2026, 11, 3, 9);

const QUOTA_ERRORS: [string, () => Error][] = [
  ['a QuotaExceededError', () => new DOMException('Quota exceeded.', 'QuotaExceededError')],
  [
    // As Chrome reports a quota reached while committing: the transaction aborts.
    'an aborted transaction whose inner error is the quota',
    () => new Dexie.AbortError(new DOMException('Quota exceeded.', 'QuotaExceededError')),
  ],
];

/** Makes the next `times` writes of an event fail as a full disk does. */
function failWrites(db: PathlightDb, times: number, quotaError = QUOTA_ERRORS[0]![1]) {
  const add = db.events.add.bind(db.events);
  let failures = 0;
  return vi.spyOn(db.events, 'add').mockImplementation((...args) => {
    failures += 1;
    if (failures <= times) return Promise.reject(quotaError()) as ReturnType<typeof add>;
    return add(...args);
  });
}

async function seedSent(db: PathlightDb, count: number): Promise<void> {
  await db.events.bulkAdd(
    Array.from({ length: count }, (_, i) => ({
      ...validateClick(T0 - 1000 + i),
      session: 'old',
      sync: SYNC_SENT,
    })),
  );
}

describe('storeEvent', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each(QUOTA_ERRORS)(
    'keeps the event after %s: evicts sent events, retries once',
    async (_case, quotaError) => {
      const db = openTestDb();
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      await seedSent(db, 3);
      await db.events.add({ ...validateClick(T0 - 5000), session: 'old', sync: SYNC_NEW });
      failWrites(db, 1, quotaError);

      const result = await storeEvent(db, validateClick(T0), ODOO, null);

      expect(result).toEqual({ ok: true, session: expect.any(String) });
      const events = await db.events.toArray();
      expect(events.map((event) => [event.t, event.sync])).toEqual([
        [T0 - 5000, SYNC_NEW],
        [T0, SYNC_NEW],
      ]);
      expect(String(warn.mock.calls[0])).toContain('removed the 3 oldest synced events');
      expect(String(warn.mock.calls[0])).toContain('[store_quota_exceeded]');
    },
  );

  it('answers store_full, and keeps every unsent event, when the retry fails too', async () => {
    const db = openTestDb();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await db.events.add({ ...validateClick(T0 - 5000), session: 'old', sync: SYNC_NEW });
    failWrites(db, 2);

    const result = await storeEvent(db, validateClick(T0), ODOO, null);

    expect(result).toMatchObject({ ok: false, code: 'store_full' });
    expect(await db.events.count()).toBe(1);
    expect(String(error.mock.calls[0])).toContain('[store_full]');
  });

  it('passes on errors other than the quota', async () => {
    const db = openTestDb();
    vi.spyOn(db.events, 'add').mockRejectedValue(new TypeError('broken'));

    await expect(storeEvent(db, validateClick(T0), ODOO, null)).rejects.toThrow('broken');
  });
});
