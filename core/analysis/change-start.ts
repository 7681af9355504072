import type { Day } from './types.ts';

/**
 * The day a failure started: the first day after which a step fails on most days while it almost
 * never failed before. A bug shipped with an update looks like this; a step people find hard
 * does not, because it was hard from the start.
 */

/** Days with attempts needed before the start, so that "it never failed before" means something. */
export const START_MIN_DAYS_BEFORE = 3;

/** Most failures (share of attempts) before the start: now and then is not "never". */
export const START_MAX_SHARE_BEFORE = 0.1;

/** Fewest failures (share of attempts) from the start on. */
export const START_MIN_SHARE_SINCE = 0.3;

/** Share of the days with attempts, from the start on, that must have a failure. */
export const START_MIN_DAYS_SINCE = 0.6;

/** One day's attempts at a step and how many of them failed there. */
export interface DailyTally {
  day: Day;
  attempts: number;
  failures: number;
}

/** When failing started, with the counts before and since. */
export interface ChangeStart {
  day: Day;
  before: { attempts: number; failures: number };
  since: { attempts: number; failures: number };
}

/** The first day failing started on, or null when no day fits. `days` may come in any order. */
export function changeStart(days: readonly DailyTally[]): ChangeStart | null {
  const active = days.filter((day) => day.attempts > 0).sort((a, b) => a.day.localeCompare(b.day));

  for (let index = START_MIN_DAYS_BEFORE; index < active.length; index += 1) {
    if (active[index]!.failures === 0) continue;
    const before = total(active.slice(0, index));
    const sinceDays = active.slice(index);
    const since = total(sinceDays);
    const failingDays = sinceDays.filter((day) => day.failures > 0).length;
    if (
      before.failures <= START_MAX_SHARE_BEFORE * before.attempts &&
      since.failures >= START_MIN_SHARE_SINCE * since.attempts &&
      failingDays >= START_MIN_DAYS_SINCE * sinceDays.length
    ) {
      return { day: active[index]!.day, before, since };
    }
  }
  return null;
}

function total(days: readonly DailyTally[]): { attempts: number; failures: number } {
  return {
    attempts: days.reduce((sum, day) => sum + day.attempts, 0),
    failures: days.reduce((sum, day) => sum + day.failures, 0),
  };
}
