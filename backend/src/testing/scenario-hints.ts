import type { HintOutcome } from '../../../core/events/schema.ts';
import type { AttemptRow } from '../../../core/sync/index.ts';

/**
 * The generated organisation was simulated without the hint card, so its attempts carry no hint
 * outcomes. For pages and endpoints that show them, this adds some where a real extension would
 * have shown a hint (a hesitant visit), the outcome picked from the attempt id so the same rows
 * always get the same outcomes. No analysis figure reads hint outcomes, so nothing else changes.
 */

/** Outcomes after a hint is shown, in the shares they get: half followed, a tenth not helpful. */
const ANSWERS: readonly HintOutcome[] = [
  'followed',
  'followed',
  'followed',
  'followed',
  'followed',
  'got_it',
  'got_it',
  'dismissed',
  'dismissed',
  'not_helpful',
];

/** `attempts` with a hint shown, and answered, at each step with a hesitant visit. */
export function withHintOutcomes(attempts: readonly AttemptRow[]): AttemptRow[] {
  return attempts.map((attempt) => ({
    ...attempt,
    steps: attempt.steps.map((step, index) => {
      if (step.hesitantVisits === 0) return step;
      const pick = parseInt(attempt.attempt.slice(-4), 16) + index;
      return { ...step, hints: { shown: 1, [ANSWERS[pick % ANSWERS.length]!]: 1 } };
    }),
  }));
}
