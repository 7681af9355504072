/**
 * Decides when capture must stop observing the DOM because the page changes too fast, and when
 * it may look again. The algorithm:
 *
 * 1. While calm, count mutation records and observer callbacks over a sliding second. A storm is
 *    more than `STORM_RECORDS_PER_SECOND` records spread over at least
 *    `STORM_MIN_BATCHES_PER_SECOND` callbacks: a sustained flood, not one large render (Odoo
 *    patches a whole list in one or two callbacks).
 * 2. On a storm, back off: stop observing for `BACKOFF_INITIAL_MS`.
 * 3. Then probe: observe again for `PROBE_MS`. If the rate is still above the threshold, back off
 *    again for twice as long (at most `BACKOFF_MAX_MS`); otherwise the storm is over.
 *
 * Pure: the caller supplies the times and runs the timers.
 */

/** Records per second above which observing costs the page more than it tells us. */
export const STORM_RECORDS_PER_SECOND = 2000;

/**
 * Callbacks per second a storm needs: one big render delivers thousands of records in one
 * callback and is over; a storm keeps delivering them frame after frame.
 */
export const STORM_MIN_BATCHES_PER_SECOND = 10;

/** The sliding window the rate is measured over. */
export const STORM_WINDOW_MS = 1000;

/** First pause of observation; long enough for a burst of animation to end. */
export const BACKOFF_INITIAL_MS = 1000;

/** Longest pause: a page that storms for minutes is still looked at every 16 s. */
export const BACKOFF_MAX_MS = 16_000;

/** How long observation resumes on trial before the storm is declared over. */
export const PROBE_MS = 500;

export type StormState = 'calm' | 'backoff' | 'probing';

/** What the caller must do now. */
export type StormVerdict = { action: 'backoff'; ms: number } | { action: 'recovered' } | null;

export class StormGuard {
  state: StormState = 'calm';
  private backoffMs = BACKOFF_INITIAL_MS;
  private batches: Array<{ t: number; records: number }> = [];
  private records = 0;
  private probeStartedAt = 0;

  /** Counts one observer callback of `records` records at time `t`. */
  note(records: number, t: number): StormVerdict {
    if (this.state === 'backoff') return null;

    this.batches.push({ t, records });
    this.records += records;
    const windowMs = this.state === 'probing' ? PROBE_MS : STORM_WINDOW_MS;
    while (this.batches.length > 0 && this.batches[0]!.t <= t - windowMs) {
      this.records -= this.batches.shift()!.records;
    }

    const scale = windowMs / 1000;
    const storming =
      this.records > STORM_RECORDS_PER_SECOND * scale &&
      this.batches.length >= STORM_MIN_BATCHES_PER_SECOND * scale;
    return storming ? this.backOff() : null;
  }

  /** The pause is over: observation resumes on trial, from time `t`. */
  resume(t: number): void {
    if (this.state !== 'backoff') return;
    this.state = 'probing';
    this.probeStartedAt = t;
    this.clear();
  }

  /** The trial is over at time `t` without a new storm. */
  endProbe(t: number): StormVerdict {
    if (this.state !== 'probing' || t - this.probeStartedAt < PROBE_MS) return null;
    this.state = 'calm';
    this.backoffMs = BACKOFF_INITIAL_MS;
    this.clear();
    return { action: 'recovered' };
  }

  private backOff(): StormVerdict {
    const ms =
      this.state === 'probing' ? Math.min(this.backoffMs * 2, BACKOFF_MAX_MS) : this.backoffMs;
    this.backoffMs = ms;
    this.state = 'backoff';
    this.clear();
    return { action: 'backoff', ms };
  }

  private clear(): void {
    this.batches = [];
    this.records = 0;
  }
}
