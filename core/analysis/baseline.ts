import { attemptsIn, type Dataset } from './dataset.ts';
import { measureAttempts } from './step-measure.ts';
import type { BaselineFigures, DayRange } from './types.ts';

/**
 * What "the previous weeks" were for a step: the mean of each week's figures, over the weeks in
 * which the step was reached at all. A week nobody reached the step says nothing about it, so it
 * is left out rather than counted as zero.
 */

/** The baseline of `path`'s `step` for `cohorts` over `ranges`; null when no range reached it. */
export function baselineOf(
  dataset: Dataset,
  ranges: readonly DayRange[],
  path: string,
  step: string,
  cohorts: ReadonlySet<string>,
): BaselineFigures | null {
  const weeks = ranges
    .map((range) =>
      attemptsIn(dataset, range).filter(
        (attempt) => attempt.row.path === path && cohorts.has(attempt.cohort),
      ),
    )
    .map((attempts) => measureAttempts(attempts, { step, scopeSessions: 0 }))
    .filter((figures) => figures.attempts > 0);
  if (weeks.length === 0) return null;

  const mean = (read: (figures: (typeof weeks)[number]) => number) =>
    Math.round((weeks.reduce((sum, figures) => sum + read(figures), 0) / weeks.length) * 10) / 10;
  return {
    weeks: weeks.length,
    hesitationScore: mean((figures) => figures.hesitationScore),
    completionPct: mean((figures) => figures.completionPct),
    errorRatePct: mean((figures) => figures.errorRatePct),
    workaroundPct: mean((figures) => figures.workaroundPct),
  };
}
