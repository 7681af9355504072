import { describe, expect, it, vi } from 'vitest';

import { SYNC_NEW, SYNC_QUEUED, SYNC_SENT } from '../../core/events/schema.ts';
import { BUILT_IN_PATHS } from '../../core/flows/library.ts';
import { ingestBatchSchema } from '../../core/sync/schema.ts';
import { recordEvent } from '../store/record-event.ts';
import { openTestDb, validateClick } from '../store/test-db.ts';
import { queueEvents } from './queue-events.ts';
import { RETRY_BASE_MS, sendOutbox } from './send-outbox.ts';

const ODOO = 'https://odoo.example.com';
const BACKEND = 'http://127.0.0.1:9/';
const T0 = Date.UTC(2026, 11, 3, 9);

async function seed() {
  const db = openTestDb();
  await recordEvent(db, validateClick(T0), ODOO, 'a1b2c3d4e5f60718a1b2c3d4e5f60718');
  await recordEvent(db, validateClick(T0 + 500), ODOO, 'a1b2c3d4e5f60718a1b2c3d4e5f60718');
  return db;
}

function accepted(): Response {
  return new Response(JSON.stringify({ accepted: 1 }), { status: 202 });
}

describe('queueEvents', () => {
  it('moves new events into one batch of aggregated rows and marks them queued', async () => {
    const db = await seed();

    const [batch, ...more] = await queueEvents(db, BUILT_IN_PATHS, T0 + 1000);

    expect(more).toEqual([]);
    expect(batch!.rows).toHaveLength(1);
    expect(batch!.rows[0]).toMatchObject({ flow: 'inventory.receipt', events: 2 });
    expect(await db.events.where('sync').equals(SYNC_QUEUED).count()).toBe(2);
    expect(await queueEvents(db, BUILT_IN_PATHS, T0 + 2000)).toEqual([]);
  });
});

describe('sendOutbox', () => {
  it('posts a valid batch with the ingest token and marks its events sent', async () => {
    const db = await seed();
    await queueEvents(db, BUILT_IN_PATHS, T0);
    const fetch = vi.fn(async (_url: URL | RequestInfo, _init?: RequestInit) => accepted());

    const report = await sendOutbox(db, {
      backendUrl: BACKEND,
      ingestToken: 'org-token-123',
      client: 'test',
      now: T0,
      fetch,
    });

    expect(report).toEqual({ sent: 1, failed: 0, pending: 0, lastError: null });
    const [url, init] = fetch.mock.calls[0]!;
    expect(String(url)).toBe('http://127.0.0.1:9/v1/ingest');
    expect(new Headers(init!.headers).get('authorization')).toBe('Bearer org-token-123');
    expect(ingestBatchSchema.safeParse(JSON.parse(String(init!.body))).success).toBe(true);
    expect(await db.events.where('sync').equals(SYNC_SENT).count()).toBe(2);
  });

  it('keeps the batch while the backend is down and retries it later under the same id', async () => {
    const db = await seed();
    await queueEvents(db, BUILT_IN_PATHS, T0);
    const down = vi.fn(async () => {
      throw new TypeError('fetch failed');
    });
    const options = { backendUrl: BACKEND, ingestToken: 'org-token-123', client: 'test' };

    const failed = await sendOutbox(db, { ...options, now: T0, fetch: down });
    const [kept] = await db.outbox.toArray();
    const tooEarly = await sendOutbox(db, { ...options, now: T0 + 1, fetch: down });

    expect(failed).toMatchObject({ sent: 0, failed: 1, pending: 1 });
    expect(failed.lastError).toBe('backend_unreachable');
    expect(kept!.nextAttemptAt).toBe(T0 + RETRY_BASE_MS);
    expect(tooEarly.failed).toBe(0);
    expect(down).toHaveBeenCalledTimes(1);

    const up = vi.fn(async (_url: URL | RequestInfo, _init?: RequestInit) => accepted());
    const retried = await sendOutbox(db, { ...options, now: T0 + RETRY_BASE_MS, fetch: up });

    expect(retried).toMatchObject({ sent: 1, pending: 0 });
    expect(JSON.parse(String(up.mock.calls[0]![1]!.body)).batchId).toBe(kept!.batchId);
    expect(await db.events.where('sync').equals(SYNC_NEW).count()).toBe(0);
    expect(await db.events.where('sync').equals(SYNC_SENT).count()).toBe(2);
  });

  it('keeps a rejected batch with the code the backend gave', async () => {
    const db = await seed();
    await queueEvents(db, BUILT_IN_PATHS, T0);
    const rejected = async () =>
      new Response(JSON.stringify({ error: { code: 'invalid_token', message: 'x' } }), {
        status: 401,
      });

    const report = await sendOutbox(db, {
      backendUrl: BACKEND,
      ingestToken: 'wrong-token',
      client: 'test',
      now: T0,
      fetch: rejected,
    });

    expect(report.lastError).toBe('invalid_token');
    expect(await db.outbox.count()).toBe(1);
    expect(await db.events.where('sync').equals(SYNC_QUEUED).count()).toBe(2);
  });
});
