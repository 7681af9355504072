import type { PAGE_STATES } from '../events/schema.ts';
import type { DetectEvent } from './types.ts';

type PageState = (typeof PAGE_STATES)[number];

/** Page states that start time the user cannot be blamed for, and the state that ends each. */
const BUSY: ReadonlyArray<[PageState, PageState]> = [
  ['loading', 'loaded'],
  ['blocked', 'unblocked'],
  ['hidden', 'visible'],
  ['blur', 'focus'],
];

/** A stretch of time, from `start` to `end` (ms since the epoch). */
export interface Interval {
  start: number;
  end: number;
}

/**
 * The stretches of one session's events in which Odoo was loading or blocked, or the tab was
 * hidden or the window in the background. A stretch still open at the last event ends there.
 */
export function busyIntervals(events: readonly DetectEvent[]): Interval[] {
  const intervals: Interval[] = [];
  const last = events.at(-1)?.t ?? 0;
  for (const [begin, finish] of BUSY) {
    let open: number | null = null;
    for (const event of events) {
      if (event.type !== 'page') continue;
      if (event.state === begin && open === null) open = event.t;
      else if (event.state === finish && open !== null) {
        intervals.push({ start: open, end: event.t });
        open = null;
      }
    }
    if (open !== null) intervals.push({ start: open, end: last });
  }
  return intervals;
}

/** How much of (from, to) the intervals cover, overlaps counted once. */
export function coveredMs(intervals: readonly Interval[], from: number, to: number): number {
  const clipped = intervals
    .map(({ start, end }) => ({ start: Math.max(start, from), end: Math.min(end, to) }))
    .filter(({ start, end }) => end > start)
    .sort((a, b) => a.start - b.start);

  let total = 0;
  let reach = from;
  for (const { start, end } of clipped) {
    if (end <= reach) continue;
    total += end - Math.max(start, reach);
    reach = end;
  }
  return total;
}
