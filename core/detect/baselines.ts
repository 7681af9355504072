import { quantileSorted } from 'simple-statistics';
import { z } from 'zod';

import type { Attempt } from '../flows/match.ts';
import { busyIntervals, coveredMs } from './busy-time.ts';
import { bySession, stepKey } from './events.ts';
import { isAction } from './pauses.ts';
import type { DetectEvent, PauseBaseline } from './types.ts';

/**
 * How long colleagues who succeeded stayed idle at each step: the P90 of the idle gaps between
 * their actions inside completed golden-path attempts, slow Odoo taken out as the pause detector
 * does, keyed as the pause detector keys steps (`stepKey` of the screen acted on). A user idle
 * longer than most who got the job done is hesitating; below that, they are reading.
 */
export const idleBaselineSchema = z.strictObject({
  step: z.string().min(1).max(400),
  /** Gaps measured. */
  n: z.int().positive(),
  p50Ms: z.int().nonnegative(),
  p90Ms: z.int().nonnegative(),
});

export type IdleBaseline = z.infer<typeof idleBaselineSchema>;

/** Steps timed fewer times than this give no baseline: the floor alone applies there. */
export const MIN_BASELINE_GAPS = 5;

export function idleBaselines(
  events: readonly DetectEvent[],
  attempts: readonly Attempt[],
  minGaps = MIN_BASELINE_GAPS,
): IdleBaseline[] {
  const completed = attempts.filter((attempt) => attempt.status === 'completed');
  const gaps = new Map<string, number[]>();

  for (const session of bySession(events)) {
    const id = session[0]?.session;
    const windows = completed.filter((attempt) => attempt.session === id);
    if (windows.length === 0) continue;
    const busy = busyIntervals(session);
    const actions = session.filter(isAction);
    for (let index = 1; index < actions.length; index += 1) {
      const before = actions[index - 1]!;
      const after = actions[index]!;
      if (!windows.some((w) => before.t >= w.startedAt && after.t <= w.endedAt)) continue;
      const idle = after.t - before.t - coveredMs(busy, before.t, after.t);
      const key = stepKey(after.screen);
      const list = gaps.get(key);
      if (list) list.push(idle);
      else gaps.set(key, [idle]);
    }
  }

  return [...gaps]
    .filter(([, values]) => values.length >= minGaps)
    .map(([step, values]) => {
      const sorted = values.sort((a, b) => a - b);
      return {
        step,
        n: sorted.length,
        p50Ms: Math.round(quantileSorted(sorted, 0.5)),
        p90Ms: Math.round(quantileSorted(sorted, 0.9)),
      };
    })
    .sort((a, b) => a.step.localeCompare(b.step));
}

/** The pause detector's `baseline` option from a list of baselines. */
export function pauseBaseline(baselines: readonly IdleBaseline[]): PauseBaseline {
  const byStep = new Map(baselines.map((baseline) => [baseline.step, baseline.p90Ms]));
  return (step) => byStep.get(step);
}
