import type { HintOutcome } from '../../../core/events/schema.ts';

/** What became of the hints at one step of a golden path. */
export interface StepHintOutcomes {
  path: string;
  pathName: string;
  module: string;
  step: string;
  stepName: string;
  /** Times each outcome was recorded: `shown`, `followed`, `got_it`, `not_helpful`, `dismissed`. */
  outcomes: Record<HintOutcome, number>;
  /** Followed as a share of shown, one decimal; null when no hint was shown there. */
  followedPct: number | null;
}
