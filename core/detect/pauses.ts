import { busyIntervals, coveredMs } from './busy-time.ts';
import { bySession, signal, stepKey } from './events.ts';
import type { DetectEvent, Detector, Signal } from './types.ts';

/**
 * Pause: an idle gap between two of the user's own actions longer than the step's baseline
 * (the successful users' P90 idle time there), and never shorter than `pauseFloorMs`. Time while
 * Odoo's loading indicator or block UI shows, the tab is hidden or the window is in the
 * background is taken out of the gap first: slow Odoo is not user hesitation. The step is the
 * screen where the user acted at the end of the gap.
 */
export const detectPauses: Detector = (events, { thresholds, baseline }) => {
  const signals: Signal[] = [];
  for (const session of bySession(events)) {
    const busy = busyIntervals(session);
    const actions = session.filter(isAction);
    for (let index = 1; index < actions.length; index += 1) {
      const before = actions[index - 1]!;
      const after = actions[index]!;
      const busyMs = coveredMs(busy, before.t, after.t);
      const idleMs = after.t - before.t - busyMs;
      const step = stepKey(after.screen);
      const thresholdMs = Math.max(thresholds.pauseFloorMs, baseline(step) ?? 0);
      if (idleMs <= thresholdMs) continue;

      const target = after.type === 'click' ? after.target : null;
      signals.push(signal('pause', after, target, { idleMs, busyMs, thresholdMs, step }));
    }
  }
  return signals;
};

/** Events the user makes: what a pause lies between. Hovers, page states and answers are not. */
export function isAction(event: DetectEvent): boolean {
  switch (event.type) {
    case 'click':
    case 'navigate':
    case 'copy':
    case 'shortcut':
    case 'export':
    case 'import':
      return true;
    case 'field':
      return event.action !== 'invalid' && event.action !== 'blur';
    case 'record':
      return event.action !== 'autosave';
    default:
      return false;
  }
}
