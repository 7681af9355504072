import type { TargetRole } from '../events/schema.ts';
import { bySession, isType, targetKey } from './events.ts';
import type { DetectEvent, EventOf } from './types.ts';

type Click = EventOf<'click'>;

/**
 * Roles where clicking again and again is how the control is used: quantity steppers, pagers and
 * next/previous arrows, toggles, priority stars, and fields, where a double or triple click
 * selects text.
 */
export const REPEAT_ROLES: ReadonlySet<TargetRole> = new Set([
  'stepper',
  'pager',
  'toggle',
  'priority',
  'field',
]);

/** Next/previous arrows outside pagers (date pickers, carousels), told by name or label. */
const ARROW = /^(?:next|previous|prev|o_next|o_previous|[<>‹›«»←→])$/i;

/** Whether repeated clicks on a target are ordinary use of it. */
export function clickedRepeatedly(click: Click): boolean {
  const { role, name, label } = click.target;
  if (REPEAT_ROLES.has(role)) return true;
  return (name !== null && ARROW.test(name)) || (label !== null && ARROW.test(label));
}

/**
 * Runs of clicks on one target within a session, each click at most `gapMs` after the one
 * before. Only clicks `counted` takes are considered; a click on anything else ends a run.
 */
export function clickRuns(
  events: readonly DetectEvent[],
  gapMs: number,
  counted: (click: Click) => boolean,
): Click[][] {
  const runs: Click[][] = [];
  for (const session of bySession(events)) {
    let run: Click[] = [];
    for (const click of session.filter(isType('click'))) {
      const last = run.at(-1);
      const continues =
        last !== undefined &&
        counted(click) &&
        targetKey(last.target) === targetKey(click.target) &&
        click.t - last.t <= gapMs;
      if (continues) {
        run.push(click);
        continue;
      }
      if (run.length > 0) runs.push(run);
      run = counted(click) ? [click] : [];
    }
    if (run.length > 0) runs.push(run);
  }
  return runs;
}
