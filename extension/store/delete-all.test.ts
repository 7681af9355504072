import { describe, expect, it } from 'vitest';

import { SYNC_NEW } from '../../core/events/schema.ts';
import { attemptRow } from '../../core/testing/attempt-rows.ts';
import { deleteAll } from './delete-all.ts';
import { seedTwoSessions } from './test-db.ts';

const T0 = Date.UTC(2026, 11, 3, 9);

describe('deleteAll', () => {
  it('deletes every event, session, attempt and outbox batch, and says how many', async () => {
    const { db } = await seedTwoSessions(T0);
    await db.outbox.add({
      batchId: 'waiting',
      rows: [],
      eventIds: [1],
      createdAt: T0,
      attempts: 3,
      nextAttemptAt: T0,
      lastError: 'backend_unreachable',
    });
    await db.attempts.add({ key: 'a', row: attemptRow(), startedAt: T0, sync: SYNC_NEW });

    const report = await deleteAll(db);

    expect(report).toEqual({ events: 4, sessions: 2, outbox: 1, attempts: 1 });
    const left = [db.events, db.sessions, db.outbox, db.attempts].map((table) => table.count());
    expect(await Promise.all(left)).toEqual([0, 0, 0, 0]);
  });
});
