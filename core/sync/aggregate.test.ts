import { describe, expect, it } from 'vitest';

import { SYNC_NEW, type StoredEvent } from '../events/schema.ts';
import { BUILT_IN_PATHS } from '../flows/library.ts';
import type { Screen } from '../screen/types.ts';
import { aggregateEvents } from './aggregate.ts';
import { aggregateRowSchema } from './schema.ts';

const receiptForm: Screen = {
  version: 18,
  app: 'stock.menu_stock_root',
  model: 'stock.picking',
  viewType: 'form',
  state: 'assigned',
  dialog: null,
};

function click(t: number, session: string, screen: Screen = receiptForm): StoredEvent {
  return {
    type: 'click',
    t,
    session,
    sync: SYNC_NEW,
    screen,
    target: {
      role: 'primary_action',
      name: 'button_validate',
      buttonType: 'object',
      widget: null,
      menu: null,
      state: null,
      depth: null,
      label: 'Validate',
      inDialog: false,
      disabled: false,
      covered: false,
    },
  };
}

const users: Record<string, string> = {
  'aaaaaaaa-0000-4000-8000-000000000001': 'a1b2c3d4e5f60718',
  'bbbbbbbb-0000-4000-8000-000000000002': 'ffeeddccbbaa9988',
};

describe('aggregateEvents', () => {
  it('counts events per day, flow, screen, user and session', () => {
    const noon = Date.UTC(2026, 11, 3, 12);
    const rows = aggregateEvents(
      [
        click(noon, 'aaaaaaaa-0000-4000-8000-000000000001'),
        click(noon + 1000, 'aaaaaaaa-0000-4000-8000-000000000001'),
        click(noon, 'bbbbbbbb-0000-4000-8000-000000000002'),
      ],
      (session) => users[session] ?? null,
      BUILT_IN_PATHS,
    );

    expect(rows).toEqual([
      {
        day: '2026-12-03',
        flow: 'inventory.receipt',
        app: 'stock.menu_stock_root',
        model: 'stock.picking',
        viewType: 'form',
        state: 'assigned',
        user: 'a1b2c3d4e5f60718',
        session: 'aaaaaaaa-0000-4000-8000-000000000001',
        events: 2,
      },
      expect.objectContaining({
        user: 'ffeeddccbbaa9988',
        session: 'bbbbbbbb-0000-4000-8000-000000000002',
        events: 1,
      }),
    ]);
  });

  it('splits rows at UTC midnight and leaves screens outside every flow with a null flow', () => {
    const beforeMidnight = Date.UTC(2026, 11, 3, 23, 59, 59);
    const discuss: Screen = { ...receiptForm, app: 'mail.menu_root_discuss', model: null };
    const rows = aggregateEvents(
      [
        click(beforeMidnight, 'aaaaaaaa-0000-4000-8000-000000000001'),
        click(beforeMidnight + 2000, 'aaaaaaaa-0000-4000-8000-000000000001', discuss),
      ],
      () => null,
      BUILT_IN_PATHS,
    );

    expect(rows.map((row) => [row.day, row.flow])).toEqual([
      ['2026-12-03', 'inventory.receipt'],
      ['2026-12-04', null],
    ]);
  });

  it('produces rows that the sync contract accepts', () => {
    const rows = aggregateEvents(
      [click(Date.UTC(2026, 0, 1), 'aaaaaaaa-0000-4000-8000-000000000001')],
      () => null,
      BUILT_IN_PATHS,
    );

    expect(rows.every((row) => aggregateRowSchema.safeParse(row).success)).toBe(true);
  });

  it('leaves out a name the sync contract would refuse instead of sending it', () => {
    const custom: Screen = { ...receiptForm, model: 'x_Custom Model', state: 'Approved By Ana' };
    const [row] = aggregateEvents(
      [click(Date.UTC(2026, 0, 1), 'aaaaaaaa-0000-4000-8000-000000000001', custom)],
      () => null,
      BUILT_IN_PATHS,
    );

    expect(row).toMatchObject({ model: null, state: null, viewType: 'form' });
    expect(aggregateRowSchema.safeParse(row).success).toBe(true);
  });
});
