import { FIRST_YEAR, LAST_YEAR } from '../sync/calendar-day.ts';
import type { Day, DayRange, IsoWeek } from './types.ts';

/**
 * Days and ISO weeks as plain strings: a day is `YYYY-MM-DD` (UTC, as rows store it) and a week
 * is `2026-W49`. ISO 8601 weeks start on Monday, and week 1 is the week holding the year's first
 * Thursday, so a week belongs to the year of its Thursday: 2026-W01 starts on Mon 2025-12-29.
 */

const DAY_MS = 86_400_000;

const WEEK = /^(\d{4})-W(\d{2})$/;

/** Milliseconds since the epoch at the start of `day` (UTC). */
export function dayStart(day: Day): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

/** The UTC day of a time in ms since the epoch. */
export function dayOf(ms: number): Day {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The day `count` days after `day` (before it when negative). */
export function addDays(day: Day, count: number): Day {
  return dayOf(dayStart(day) + count * DAY_MS);
}

/** Days from `from` to `to`, both counted; 0 when `to` comes first. */
export function daysFrom(from: Day, to: Day): number {
  return Math.round((dayStart(to) - dayStart(from)) / DAY_MS);
}

/** Day of the week, 1 for Monday to 7 for Sunday, as ISO 8601 numbers them. */
export function weekdayOf(day: Day): number {
  return ((new Date(dayStart(day)).getUTCDay() + 6) % 7) + 1;
}

/** The ISO week `day` falls in. */
export function isoWeekOf(day: Day): IsoWeek {
  const thursday = addDays(day, 4 - weekdayOf(day));
  const year = thursday.slice(0, 4);
  const week = Math.floor(daysFrom(`${year}-01-01`, thursday) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Whether `value` is an ISO week that the calendar has (2025-W53 is not one), in years 2000 to
 * 2999. */
export function isIsoWeek(value: string): boolean {
  const match = WEEK.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  if (year < FIRST_YEAR || year > LAST_YEAR) return false;
  return isoWeekOf(mondayOf(year, Number(match[2]))) === value;
}

/** Monday to Sunday of an ISO week. Throws on a string that is not one: check with `isIsoWeek`. */
export function weekRange(week: IsoWeek): DayRange {
  if (!isIsoWeek(week)) throw new RangeError(`"${week}" is not an ISO week such as 2026-W49`);
  const match = WEEK.exec(week)!;
  const from = mondayOf(Number(match[1]), Number(match[2]));
  return { from, to: addDays(from, 6) };
}

/** The `count` weeks just before `week`, oldest first. */
export function weeksBefore(week: IsoWeek, count: number): IsoWeek[] {
  const { from } = weekRange(week);
  return Array.from({ length: count }, (_, index) =>
    isoWeekOf(addDays(from, -7 * (count - index))),
  );
}

/** Whether `day` lies in `range`, both ends counted. */
export function inRange(day: Day, range: DayRange): boolean {
  return day >= range.from && day <= range.to;
}

/** Every day of `range`, in order. */
export function daysOf(range: DayRange): Day[] {
  const days: Day[] = [];
  for (let day = range.from; day <= range.to; day = addDays(day, 1)) days.push(day);
  return days;
}

/** The Monday of week `week` of ISO year `year`; week 1 is the one holding 4 January. */
function mondayOf(year: number, week: number): Day {
  const january4 = `${year}-01-04`;
  return addDays(january4, 1 - weekdayOf(january4) + 7 * (week - 1));
}
