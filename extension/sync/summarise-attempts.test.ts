import { describe, expect, it } from 'vitest';

import { SYNC_NEW, SYNC_QUEUED, SYNC_SENT } from '../../core/events/schema.ts';
import { BUILT_IN_PATHS } from '../../core/flows/library.ts';
import { RECEIPT, RECEIPTS, SessionBuilder } from '../../core/flows/session-builder.ts';
import { SESSION_IDLE_MS } from '../../core/summarise/index.ts';
import { ingestBatchSchema } from '../../core/sync/schema.ts';
import { recordEvent } from '../store/record-event.ts';
import { openTestDb } from '../store/test-db.ts';
import { queueEvents } from './queue-events.ts';
import { sendOutbox } from './send-outbox.ts';
import { summariseAttempts } from './summarise-attempts.ts';

const ODOO = 'https://odoo.example.com';
const USER = 'a1b2c3d4e5f60718a1b2c3d4e5f60718';
const T0 = Date.UTC(2026, 11, 3, 9);
const POLICY = {
  cohort: { role: 'warehouse', team: 'north-site', userSince: '2026-11-01' },
  newUserDays: 60,
};

/** A receipt validated from Inventory > Receipts, then the list glanced at again. */
async function seedReceipt() {
  const db = openTestDb();
  const events = new SessionBuilder('ignored', T0)
    .menu('stock.in_picking')
    .go(RECEIPTS, 'menu')
    .go(RECEIPT, 'open_record')
    .click('button_validate')
    .state('done').events;
  // The store gives each event its own session id, whatever the builder called it.
  for (const event of events) await recordEvent(db, event, ODOO, USER);
  return { db, lastT: events.at(-1)!.t };
}

describe('summariseAttempts', () => {
  it("keeps a completed attempt once, with the session's user and the cohort of its day", async () => {
    const { db, lastT } = await seedReceipt();

    const first = await summariseAttempts(db, BUILT_IN_PATHS, POLICY, lastT + 1000);
    const again = await summariseAttempts(db, BUILT_IN_PATHS, POLICY, lastT + 2000);

    expect(first).toEqual({ sessions: 1, attempts: 1 });
    expect(again).toEqual({ sessions: 1, attempts: 0 });
    const [stored] = await db.attempts.toArray();
    expect(stored!.sync).toBe(SYNC_NEW);
    expect(stored!.row).toMatchObject({
      path: 'inventory.receipt',
      status: 'completed',
      user: USER,
      cohort: { role: 'warehouse', team: 'north-site', tenure: 'new' },
    });
  });

  it('stops reading a session once it is over and summarised', async () => {
    const { db, lastT } = await seedReceipt();

    await summariseAttempts(db, BUILT_IN_PATHS, POLICY, lastT + SESSION_IDLE_MS + 1);
    const later = await summariseAttempts(db, BUILT_IN_PATHS, POLICY, lastT + 2 * SESSION_IDLE_MS);

    expect(later).toEqual({ sessions: 0, attempts: 0 });
    expect(await db.attempts.count()).toBe(1);
  });
});

describe('queueEvents with attempts', () => {
  it('sends screen rows, the session row and the attempt in one valid batch, once', async () => {
    const { db, lastT } = await seedReceipt();
    await summariseAttempts(db, BUILT_IN_PATHS, POLICY, lastT + 1000);

    const [batch, ...more] = await queueEvents(db, BUILT_IN_PATHS, lastT + 1000, POLICY);

    expect(more).toEqual([]);
    expect(batch!.attemptRows!.map((row) => row.path)).toEqual(['inventory.receipt']);
    expect(batch!.sessionRows).toEqual([
      {
        day: '2026-12-03',
        session: batch!.attemptRows![0]!.session,
        user: USER,
        cohort: { role: 'warehouse', team: 'north-site', tenure: 'new' },
      },
    ]);
    expect((await db.attempts.toArray()).map((attempt) => attempt.sync)).toEqual([SYNC_QUEUED]);
    expect(await queueEvents(db, BUILT_IN_PATHS, lastT + 2000, POLICY)).toEqual([]);

    let body: unknown;
    const report = await sendOutbox(db, {
      backendUrl: 'http://127.0.0.1:9/',
      ingestToken: 'org-token-123',
      client: 'test',
      now: lastT + 3000,
      fetch: async (_url, init) => {
        body = JSON.parse(String(init!.body));
        return new Response('{}', { status: 202 });
      },
    });

    expect(report.sent).toBe(1);
    const parsed = ingestBatchSchema.safeParse(body);
    expect(parsed.success).toBe(true);
    expect(parsed.data!.attempts).toHaveLength(1);
    expect(parsed.data!.sessions).toHaveLength(1);
    expect((await db.attempts.toArray()).map((attempt) => attempt.sync)).toEqual([SYNC_SENT]);
  });
});
