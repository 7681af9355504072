/**
 * The pointer's stay on one actionable element, as a small state machine: an element is entered,
 * then left or clicked; one dwell is reported per visit. Pure: times are given by the caller.
 */

/**
 * Stays shorter than this are the pointer passing over an element on its way elsewhere: under
 * 100 ms is below the time a person needs to notice a button at all.
 */
export const MIN_DWELL_MS = 100;

/** One finished visit to an element. */
export interface Dwell<K> {
  key: K;
  dwellMs: number;
  /** True when the visit ended with a click on the element. */
  clicked: boolean;
}

export class HoverDwell<K> {
  private visit: { key: K; since: number; over: boolean } | null = null;

  /** The pointer is over `key` now (null: over nothing actionable). Returns a finished visit. */
  move(key: K | null, t: number): Dwell<K> | null {
    if (this.visit && key !== null && this.visit.key === key) return null;
    const finished = this.finish(t, false);
    this.visit = key === null ? null : { key, since: t, over: false };
    return finished;
  }

  /** `key` was clicked at `t`. Returns the visit the click ended, if it was to that element. */
  click(key: K, t: number): Dwell<K> | null {
    if (!this.visit || this.visit.key !== key) return null;
    const finished = this.finish(t, true);
    // The pointer is still there, but this visit is over: the next one starts when it comes back.
    this.visit = { key, since: t, over: true };
    return finished;
  }

  private finish(t: number, clicked: boolean): Dwell<K> | null {
    const visit = this.visit;
    if (!visit || visit.over) return null;
    const dwellMs = Math.max(0, Math.round(t - visit.since));
    return dwellMs >= MIN_DWELL_MS ? { key: visit.key, dwellMs, clicked } : null;
  }
}
