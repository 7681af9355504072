import { describe, expect, it } from 'vitest';

import { readOverview } from './read-overview.ts';
import { seedTwoSessions } from './test-db.ts';

const T0 = Date.UTC(2026, 11, 3, 9);

describe('readOverview', () => {
  it('counts events by type and by session, and lists the latest events first', async () => {
    const { db, first, second } = await seedTwoSessions(T0);

    const overview = await readOverview(db);

    expect(overview).toMatchObject({ events: 4, sessions: 2, outbox: 0, unsynced: 2 });
    expect(overview.byType).toEqual([
      { type: 'click', events: 2 },
      { type: 'field', events: 1 },
      { type: 'copy', events: 1 },
    ]);
    expect(overview.recentSessions.map((s) => [s.session, s.events])).toEqual([
      [second, 1],
      [first, 3],
    ]);
    expect(overview.latest.map((row) => row.type)).toEqual(['click', 'copy', 'field', 'click']);
    expect(overview.latest[0]).toEqual({
      seq: 4,
      t: T0 + 60 * 60 * 1000,
      type: 'click',
      app: 'stock.menu_stock_root',
      model: 'stock.picking',
      viewType: 'form',
      state: 'assigned',
      targetRole: 'primary_action',
      targetName: 'button_validate',
    });
    expect(overview.latest[2]).toMatchObject({ targetRole: 'field', targetName: 'partner_id' });
  });
});
