/**
 * The days Pathlight stores and reads: UTC days as `YYYY-MM-DD` in years 2000 to 2999. Earlier or
 * later dates are typing mistakes, and outside what every store and clock handles alike.
 */

export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2999;

/** Whether `value` is a day the calendar has (no 2026-02-31), in years 2000 to 2999. */
export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return false;
  const year = date.getUTCFullYear();
  // `Date` rolls 2026-02-31 over to March; only a real day reads back unchanged.
  return year >= FIRST_YEAR && year <= LAST_YEAR && date.toISOString().slice(0, 10) === value;
}
