import type { CapturedEvent, HintOutcome } from '../../core/events/schema.ts';
import type { Screen } from '../../core/screen/types.ts';
import type { ShownHint } from './types.ts';

/**
 * The `hint` event an outcome is recorded as: path, step, the step pointed at, the source and
 * the trigger, all technical names. The hint's words (and the labels read into them) are not
 * part of it, so they never reach the store or the backend.
 */
export function hintEvent(
  outcome: HintOutcome,
  shown: ShownHint,
  at: { t: number; screen: Screen },
): CapturedEvent {
  const { hint, trigger } = shown;
  return {
    type: 'hint',
    t: Math.round(at.t),
    screen: at.screen,
    outcome,
    path: hint.path,
    version: hint.version,
    step: hint.step,
    next: hint.next,
    source: hint.source,
    trigger,
  };
}
