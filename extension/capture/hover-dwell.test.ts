import { describe, expect, it } from 'vitest';

import { HoverDwell, MIN_DWELL_MS } from './hover-dwell.ts';

describe('HoverDwell', () => {
  it('reports a dwell on Validate left without a click', () => {
    const dwell = new HoverDwell<string>();
    expect(dwell.move('validate', 1000)).toBeNull();
    expect(dwell.move('validate', 1200)).toBeNull();

    expect(dwell.move(null, 1850)).toEqual({ key: 'validate', dwellMs: 850, clicked: false });
  });

  it('reports the dwell that ended with a click once, even if the pointer stays', () => {
    const dwell = new HoverDwell<string>();
    dwell.move('validate', 0);

    expect(dwell.click('validate', 400)).toEqual({ key: 'validate', dwellMs: 400, clicked: true });
    expect(dwell.move('validate', 900)).toBeNull();
    expect(dwell.move(null, 3000)).toBeNull();
  });

  it('ignores the pointer passing over a button on its way elsewhere', () => {
    const dwell = new HoverDwell<string>();
    dwell.move('cancel', 0);
    expect(dwell.move('validate', MIN_DWELL_MS - 1)).toBeNull();
    expect(dwell.move(null, MIN_DWELL_MS * 3)).toEqual({
      key: 'validate',
      dwellMs: MIN_DWELL_MS * 2 + 1,
      clicked: false,
    });
  });

  it('reports a second visit after the pointer came back', () => {
    const dwell = new HoverDwell<string>();
    dwell.move('validate', 0);
    dwell.click('validate', 300);
    dwell.move(null, 500);
    dwell.move('validate', 1000);

    expect(dwell.move('cancel', 1250)).toEqual({ key: 'validate', dwellMs: 250, clicked: false });
  });

  it('does not end a visit for a click on another element', () => {
    const dwell = new HoverDwell<string>();
    dwell.move('validate', 0);
    expect(dwell.click('cancel', 200)).toBeNull();
    expect(dwell.move(null, 400)).toMatchObject({ key: 'validate', dwellMs: 400 });
  });
});
