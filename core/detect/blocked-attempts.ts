import { clickedRepeatedly, clickRuns } from './click-runs.ts';
import { signal } from './events.ts';
import type { Detector } from './types.ts';

/**
 * Blocked attempt: `blockedClicks` or more clicks on the same disabled target, or while Odoo's
 * block UI covers the page, each within `blockedGapMs` of the last. The user wants to act and
 * the screen will not let them: raised at the click that reaches the count.
 */
export const detectBlockedAttempts: Detector = (events, { thresholds }) =>
  clickRuns(
    events,
    thresholds.blockedGapMs,
    (click) => (click.target.disabled || click.target.covered) && !clickedRepeatedly(click),
  )
    .filter((run) => run.length >= thresholds.blockedClicks)
    .map((run) => {
      const raised = run[thresholds.blockedClicks - 1]!;
      return signal('blocked_attempt', raised, raised.target, {
        clicks: run.length,
        disabled: run.some((click) => click.target.disabled),
        covered: run.some((click) => click.target.covered),
        spanMs: run.at(-1)!.t - run[0]!.t,
      });
    });
