import { weekdayOf } from './weeks.ts';
import type { Day } from './types.ts';

/**
 * How numbers read in answers, tickets and rendered reviews: the same wording everywhere, so a
 * figure quoted on the call matches the one on the page.
 */

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** `31%` for 31.0, `7.5%` for 7.5. */
export function pct(value: number): string {
  return `${Number.isInteger(value) ? value : value.toFixed(1)}%`;
}

/** A duration as people say it: `850 ms`, `6.2 s`, `2 min 05 s`, `1 h 10 min`. */
export function duration(ms: number | null): string {
  if (ms === null) return '–';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 60)
    return `${minutes} min ${String(Math.round((ms % 60_000) / 1000)).padStart(2, '0')} s`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

/** `Wed 2026-11-18`. */
export function dayWithWeekday(day: Day): string {
  return `${WEEKDAYS[weekdayOf(day) - 1]} ${day}`;
}

/** `1 attempt`, `3 attempts`; `plural` when adding an s is wrong. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** `p < 0.001`, `p = 0.032`, or `p not computed` when the test could not run. */
export function pValue(p: number | null): string {
  if (p === null) return 'p not computed';
  return p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`;
}

/** A signed change in points: `+12`, `−3`, `±0`. */
export function signedPoints(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  if (rounded === 0) return '±0';
  return rounded > 0 ? `+${rounded}` : `−${Math.abs(rounded)}`;
}

/** `a, b and c`. */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** `server error` for `server_error`, as a partner says it. */
export function errorWords(kind: string): string {
  return kind === 'missing_fields' ? 'missing-field error' : kind.replaceAll('_', ' ');
}
