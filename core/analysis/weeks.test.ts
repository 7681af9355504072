import { describe, expect, it } from 'vitest';

import {
  addDays,
  daysFrom,
  isIsoWeek,
  isoWeekOf,
  weekdayOf,
  weekRange,
  weeksBefore,
} from './weeks.ts';

describe('ISO weeks', () => {
  it('puts Mon 2026-11-30 to Sun 2026-12-06 in 2026-W49', () => {
    expect(weekRange('2026-W49')).toEqual({ from: '2026-11-30', to: '2026-12-06' });
    expect(isoWeekOf('2026-11-30')).toBe('2026-W49');
    expect(isoWeekOf('2026-12-06')).toBe('2026-W49');
    expect(isoWeekOf('2026-12-07')).toBe('2026-W50');
  });

  it('gives the days around New Year to the year of their Thursday', () => {
    expect(weekRange('2026-W01')).toEqual({ from: '2025-12-29', to: '2026-01-04' });
    expect(isoWeekOf('2025-12-29')).toBe('2026-W01');
    expect(isoWeekOf('2027-01-01')).toBe('2026-W53');
    expect(isoWeekOf('2021-01-03')).toBe('2020-W53');
  });

  it('knows which years have a 53rd week', () => {
    expect(isIsoWeek('2026-W53')).toBe(true);
    expect(isIsoWeek('2025-W53')).toBe(false);
    expect(isIsoWeek('2026-W00')).toBe(false);
    expect(isIsoWeek('2026-49')).toBe(false);
    expect(() => weekRange('2025-W53')).toThrow('"2025-W53" is not an ISO week');
  });

  it('takes weeks in years 2000 to 2999 only, without throwing on others', () => {
    expect(isIsoWeek('2000-W01')).toBe(true);
    expect(isIsoWeek('2999-W52')).toBe(true);
    expect(isIsoWeek('1999-W52')).toBe(false);
    expect(isIsoWeek('9999-W52')).toBe(false);
    expect(isIsoWeek('0001-W01')).toBe(false);
  });

  it('lists the weeks before one across a year boundary, oldest first', () => {
    expect(weeksBefore('2026-W02', 3)).toEqual(['2025-W51', '2025-W52', '2026-W01']);
    expect(weeksBefore('2026-W48', 4)).toEqual(['2026-W44', '2026-W45', '2026-W46', '2026-W47']);
  });

  it('counts days and weekdays in UTC', () => {
    expect(addDays('2026-11-30', -28)).toBe('2026-11-02');
    expect(daysFrom('2026-10-26', '2026-11-09')).toBe(14);
    expect(weekdayOf('2026-11-18')).toBe(3);
    expect(weekdayOf('2026-11-29')).toBe(7);
  });
});
