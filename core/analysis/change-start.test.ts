import { describe, expect, it } from 'vitest';

import { changeStart } from './change-start.ts';

const day = (n: number) => `2026-11-${String(n).padStart(2, '0')}`;

describe('changeStart', () => {
  it('finds the Wednesday a step started failing on most days', () => {
    const days = [9, 10, 11, 12, 13, 16, 17, 18, 19, 20].map((n) => ({
      day: day(n),
      attempts: 10,
      failures: n >= 18 ? 7 : 0,
    }));

    expect(changeStart(days)).toEqual({
      day: '2026-11-18',
      before: { attempts: 70, failures: 0 },
      since: { attempts: 30, failures: 21 },
    });
  });

  it('finds no start for a step that failed now and then all along', () => {
    const days = [9, 10, 11, 12, 13, 16, 17].map((n) => ({
      day: day(n),
      attempts: 10,
      failures: n % 3 === 0 ? 1 : 0,
    }));

    expect(changeStart(days)).toBeNull();
  });

  it('needs a few calm days before the start', () => {
    expect(
      changeStart([
        { day: day(9), attempts: 5, failures: 0 },
        { day: day(10), attempts: 5, failures: 4 },
        { day: day(11), attempts: 5, failures: 4 },
      ]),
    ).toBeNull();
  });
});
