import { describe, expect, it, vi } from 'vitest';

import { SYNC_NEW, SYNC_QUEUED, SYNC_SENT, type SyncState } from '../../core/events/schema.ts';
import { attemptRow } from '../../core/testing/attempt-rows.ts';
import type { PathlightDb } from './db.ts';
import { pruneEvents } from './prune-events.ts';
import { openTestDb, validateClick } from './test-db.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 11, 31, 12);
const SESSION = 'c0ffee00-0000-4000-8000-000000000001';

/** Adds one click `daysAgo` days before NOW in the given sync state; returns its id. */
async function add(db: PathlightDb, daysAgo: number, sync: SyncState): Promise<number> {
  return db.events.add({ ...validateClick(NOW - daysAgo * DAY_MS), session: SESSION, sync });
}

async function remaining(db: PathlightDb): Promise<number[]> {
  return (await db.events.orderBy('id').primaryKeys()).sort((a, b) => a - b);
}

const KEEP_ALL = { retentionDays: 30, maxStoredEvents: 1_000_000, now: NOW };

describe('pruneEvents', () => {
  it('deletes sent events older than the retention period and keeps unsent ones', async () => {
    const db = openTestDb();
    const oldSent = await add(db, 31, SYNC_SENT);
    const oldNew = await add(db, 40, SYNC_NEW);
    const oldQueued = await add(db, 45, SYNC_QUEUED);
    const recentSent = await add(db, 29, SYNC_SENT);

    const report = await pruneEvents(db, KEEP_ALL);

    expect(report).toMatchObject({ expired: 1, evicted: 0, overCap: 0 });
    expect(await remaining(db)).toEqual([oldNew, oldQueued, recentSent]);
    expect(await remaining(db)).not.toContain(oldSent);
  });

  it('deletes attempts older than the retention period unless they wait to be synced', async () => {
    const db = openTestDb();
    const attempt = (key: string, daysAgo: number, sync: SyncState) =>
      db.attempts.add({ key, row: attemptRow(), startedAt: NOW - daysAgo * DAY_MS, sync });
    await attempt('old-sent', 31, SYNC_SENT);
    await attempt('old-queued', 31, SYNC_QUEUED);
    await attempt('old-new', 31, SYNC_NEW);
    await attempt('recent-sent', 2, SYNC_SENT);

    const report = await pruneEvents(db, KEEP_ALL);

    expect(report.attempts).toBe(1);
    expect((await db.attempts.orderBy('key').primaryKeys()).sort()).toEqual([
      'old-new',
      'old-queued',
      'recent-sent',
    ]);
  });

  it('keeps an old sent event that an outbox batch still refers to', async () => {
    const db = openTestDb();
    const referenced = await add(db, 60, SYNC_SENT);
    const free = await add(db, 60, SYNC_SENT);
    await db.outbox.add({
      batchId: 'b1',
      rows: [],
      eventIds: [referenced],
      createdAt: NOW,
      attempts: 0,
      nextAttemptAt: NOW,
      lastError: null,
    });

    await pruneEvents(db, KEEP_ALL);

    expect(await remaining(db)).toEqual([referenced]);
    expect(await remaining(db)).not.toContain(free);
  });

  it('evicts the oldest sent events first to get under the cap', async () => {
    const db = openTestDb();
    const newest = await add(db, 1, SYNC_SENT);
    const oldest = await add(db, 5, SYNC_SENT);
    const older = await add(db, 4, SYNC_SENT);
    const oldestUnsent = await add(db, 9, SYNC_NEW);
    const queued = await add(db, 8, SYNC_QUEUED);

    const report = await pruneEvents(db, { ...KEEP_ALL, maxStoredEvents: 3 });

    expect(report).toMatchObject({ expired: 0, evicted: 2, overCap: 0 });
    expect(await remaining(db)).toEqual([newest, oldestUnsent, queued]);
    expect(await remaining(db)).not.toContain(oldest);
    expect(await remaining(db)).not.toContain(older);
  });

  it('stays over the cap rather than drop events waiting to be synced, and says so', async () => {
    const db = openTestDb();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await add(db, 3, SYNC_SENT);
    await add(db, 2, SYNC_NEW);
    await add(db, 2, SYNC_QUEUED);
    await add(db, 1, SYNC_NEW);

    const report = await pruneEvents(db, { ...KEEP_ALL, maxStoredEvents: 1 });

    expect(report).toMatchObject({ evicted: 1, overCap: 2 });
    expect(await db.events.count()).toBe(3);
    expect(String(warn.mock.calls[0])).toContain('[store_over_cap]');
    warn.mockRestore();
  });

  it('lets new events age out too without a backend, but never queued ones', async () => {
    const db = openTestDb();
    await add(db, 31, SYNC_NEW);
    const queued = await add(db, 31, SYNC_QUEUED);
    const recent = await add(db, 1, SYNC_NEW);

    await pruneEvents(db, { ...KEEP_ALL, syncing: false });

    expect(await remaining(db)).toEqual([queued, recent]);
  });

  it('deletes expired sessions once none of their events is left', async () => {
    const db = openTestDb();
    const session = (id: string, lastAt: number) =>
      db.sessions.add({ id, origin: 'https://odoo.example.com', user: null, startedAt: 0, lastAt });
    await session(SESSION, NOW - 60 * DAY_MS);
    await session('empty-but-recent', NOW - DAY_MS);
    await session('expired-and-empty', NOW - 60 * DAY_MS);
    await add(db, 60, SYNC_NEW);

    const report = await pruneEvents(db, KEEP_ALL);

    expect(report.sessions).toBe(1);
    expect((await db.sessions.toCollection().primaryKeys()).sort()).toEqual([
      SESSION,
      'empty-but-recent',
    ]);
  });

  it('works through many events in chunks, reading keys only', async () => {
    const db = openTestDb();
    await db.events.bulkAdd(
      Array.from({ length: 4_500 }, (_, i) => ({
        ...validateClick(NOW - 40 * DAY_MS + i),
        session: SESSION,
        sync: i % 3 === 0 ? SYNC_NEW : SYNC_SENT,
      })),
    );

    const report = await pruneEvents(db, KEEP_ALL);

    expect(report.expired).toBe(3_000);
    expect(await db.events.where('sync').equals(SYNC_NEW).count()).toBe(1_500);
    expect(await db.events.count()).toBe(1_500);
  });
});
