import { describe, expect, it } from 'vitest';

import { deleteAll } from './delete-all.ts';
import { seedTwoSessions } from './test-db.ts';

const T0 = Date.UTC(2026, 11, 3, 9);

describe('deleteAll', () => {
  it('deletes every event, session and outbox batch, and says how many', async () => {
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

    const report = await deleteAll(db);

    expect(report).toEqual({ events: 4, sessions: 2, outbox: 1 });
    expect([await db.events.count(), await db.sessions.count(), await db.outbox.count()]).toEqual([
      0, 0, 0,
    ]);
  });
});
