import { describe, expect, it } from 'vitest';

import { SYNC_NEW } from '../../core/events/schema.ts';
import { recordEvent, SESSION_IDLE_MS } from './record-event.ts';
import { openTestDb, validateClick } from './test-db.ts';

const ODOO = 'https://odoo.example.com';

describe('recordEvent', () => {
  it('keeps one session across tabs until 30 minutes pass without activity', async () => {
    const db = openTestDb();
    const t0 = Date.UTC(2026, 11, 3, 9);

    const first = await recordEvent(db, validateClick(t0), ODOO, 'u1');
    const otherTab = await recordEvent(db, validateClick(t0 + SESSION_IDLE_MS), ODOO, 'u1');
    const afterBreak = await recordEvent(
      db,
      validateClick(t0 + 2 * SESSION_IDLE_MS + 1),
      ODOO,
      'u1',
    );

    expect(otherTab).toBe(first);
    expect(afterBreak).not.toBe(first);
    expect(await db.sessions.count()).toBe(2);
  });

  it('starts separate sessions for another user or another Odoo', async () => {
    const db = openTestDb();
    const t0 = Date.UTC(2026, 11, 3, 9);

    const a = await recordEvent(db, validateClick(t0), ODOO, 'u1');
    const b = await recordEvent(db, validateClick(t0 + 1), ODOO, 'u2');
    const c = await recordEvent(db, validateClick(t0 + 2), 'https://other.example.com', 'u1');

    expect(new Set([a, b, c]).size).toBe(3);
  });

  it('stores the event as new, tagged with its session', async () => {
    const db = openTestDb();
    const session = await recordEvent(db, validateClick(1000), ODOO, null);

    const [stored] = await db.events.toArray();
    expect(stored).toMatchObject({ session, sync: SYNC_NEW, t: 1000, type: 'click' });
  });
});
