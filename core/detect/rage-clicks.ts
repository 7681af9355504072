import { clickedRepeatedly, clickRuns } from './click-runs.ts';
import { signal } from './events.ts';
import type { Detector } from './types.ts';

/**
 * Rage click: `rageClicks` or more clicks on the same enabled target, each within `rageGapMs` of
 * the last. Raised at the click that reaches the count. The same target stands in for "within
 * 30 px": capture records what was clicked, not where. Controls clicked repeatedly by design
 * (steppers, pagers, arrows, toggles, stars, text selection in fields) never count.
 */
export const detectRageClicks: Detector = (events, { thresholds }) =>
  clickRuns(
    events,
    thresholds.rageGapMs,
    (click) => !click.target.disabled && !click.target.covered && !clickedRepeatedly(click),
  )
    .filter((run) => run.length >= thresholds.rageClicks)
    .map((run) => {
      const raised = run[thresholds.rageClicks - 1]!;
      return signal('rage_click', raised, raised.target, {
        clicks: run.length,
        spanMs: run.at(-1)!.t - run[0]!.t,
      });
    });
