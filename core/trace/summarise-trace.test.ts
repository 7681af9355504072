import { describe, expect, it } from 'vitest';

import { summariseTrace } from './summarise-trace.ts';
import { SESSION_A, SESSION_B, storedEvents } from './test-events.ts';
import { traceEventOf } from './write-trace.ts';

describe('summariseTrace', () => {
  it('counts sessions, event types and screens, most frequent first', () => {
    const t0 = Date.UTC(2026, 11, 3, 9);

    const summary = summariseTrace(storedEvents(t0).map(traceEventOf));

    expect(summary).toEqual({
      events: 3,
      sessions: [
        { session: SESSION_A, events: 2, firstAt: t0, lastAt: t0 + 1500 },
        { session: SESSION_B, events: 1, firstAt: t0 + 9000, lastAt: t0 + 9000 },
      ],
      byType: [
        { type: 'navigate', events: 1 },
        { type: 'click', events: 1 },
        { type: 'copy', events: 1 },
      ],
      screens: [
        { app: 'stock.menu_stock_root', model: 'stock.picking', viewType: 'form', events: 2 },
        { app: 'stock.menu_stock_root', model: 'stock.picking', viewType: 'list', events: 1 },
      ],
    });
  });
});
