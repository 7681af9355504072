import { describe, expect, it } from 'vitest';

import type { CapturedEvent, Target } from '../../core/events/schema.ts';
import { createLiveDetector } from './live-detector.ts';

const SCREEN = {
  version: 18,
  app: 'stock.menu_stock_root',
  model: 'stock.picking',
  viewType: 'list',
  state: null,
  dialog: null,
};

const SWITCHER: Target = {
  role: 'view_switcher',
  name: 'kanban',
  buttonType: null,
  widget: null,
  menu: null,
  state: null,
  depth: null,
  label: null,
  inDialog: false,
  disabled: false,
  covered: false,
};

const click = (t: number): CapturedEvent => ({
  type: 'click',
  t,
  screen: SCREEN,
  target: SWITCHER,
});

describe('createLiveDetector', () => {
  it('raises a rage click at the third click, and only once while more follow', () => {
    const live = createLiveDetector();

    expect(live.push(click(1000))).toEqual([]);
    expect(live.push(click(1400))).toEqual([]);
    const third = live.push(click(1800));
    expect(third.map((signal) => [signal.kind, signal.t])).toEqual([['rage_click', 1800]]);
    expect(live.push(click(2200))).toEqual([]);
  });

  it('applies threshold overrides', () => {
    const live = createLiveDetector({ thresholds: { rageClicks: 4 } });

    for (const t of [1000, 1400, 1800]) expect(live.push(click(t))).toEqual([]);
    expect(live.push(click(2200)).map((signal) => signal.kind)).toEqual(['rage_click']);
  });

  it('forgets events older than its window', () => {
    const live = createLiveDetector();
    live.push(click(0));
    live.push(click(500));

    expect(live.push(click(11 * 60_000))).toEqual([]);
  });
});
