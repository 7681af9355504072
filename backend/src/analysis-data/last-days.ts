import type { DayRange } from './types.ts';

const DAY_MS = 86_400_000;

/**
 * The `days` UTC days that end with the day of `now`, today included: `lastDays(now, 28)` is
 * today and the 27 days before it. UTC because rows carry UTC days.
 */
export function lastDays(now: number, days: number): DayRange {
  const today = Math.floor(now / DAY_MS) * DAY_MS;
  return { from: utcDay(today - (days - 1) * DAY_MS), to: utcDay(today) };
}

function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
