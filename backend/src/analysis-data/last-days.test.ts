import { describe, expect, it } from 'vitest';

import { lastDays } from './last-days.ts';

describe('lastDays', () => {
  it('ends on the UTC day of now and counts today as the first of the days', () => {
    expect(lastDays(Date.UTC(2026, 11, 10, 23, 59), 28)).toEqual({
      from: '2026-11-13',
      to: '2026-12-10',
    });
  });

  it('is today alone for one day, at midnight too', () => {
    expect(lastDays(Date.UTC(2026, 0, 1), 1)).toEqual({ from: '2026-01-01', to: '2026-01-01' });
  });

  it('crosses a leap day', () => {
    expect(lastDays(Date.UTC(2028, 2, 1, 8), 3)).toEqual({ from: '2028-02-28', to: '2028-03-01' });
  });
});
