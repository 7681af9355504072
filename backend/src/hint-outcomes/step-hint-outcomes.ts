import {
  attemptsIn,
  datasetOf,
  pathInfo,
  shownCohort,
  stepName,
} from '../../../core/analysis/dataset.ts';
import type { AnalysisInput, DayRange } from '../../../core/analysis/index.ts';
import { HINT_OUTCOMES, type HintOutcome } from '../../../core/events/schema.ts';
import { attemptFilter, type TrendFilter } from '../trends/index.ts';
import type { StepHintOutcomes } from './types.ts';

/**
 * What became of the hints shown at each step: shown, followed (the user did the step it pointed
 * at), got it, not helpful, dismissed, added up from the attempts' steps. Only steps where a hint
 * was shown or answered are listed, in golden-path order.
 */
export function stepHintOutcomes(
  input: AnalysisInput,
  range: DayRange,
  filter: Omit<TrendFilter, 'step'> = {},
): StepHintOutcomes[] {
  const dataset = datasetOf(input);
  const cohort = filter.cohort === undefined ? undefined : shownCohort(dataset, filter.cohort);
  const keep = attemptFilter(dataset, { ...filter, cohort });

  const byStep = new Map<string, StepHintOutcomes>();
  for (const attempt of attemptsIn(dataset, range).filter(keep)) {
    for (const step of attempt.row.steps) {
      if (Object.keys(step.hints).length === 0) continue;
      const key = `${attempt.row.path}\n${step.step}`;
      let entry = byStep.get(key);
      if (!entry) {
        const path = pathInfo(dataset, attempt.row.path);
        entry = {
          path: path.id,
          pathName: path.name,
          module: path.module,
          step: step.step,
          stepName: stepName(path, step.step),
          outcomes: Object.fromEntries(HINT_OUTCOMES.map((o) => [o, 0])) as Record<
            HintOutcome,
            number
          >,
          followedPct: null,
        };
        byStep.set(key, entry);
      }
      for (const outcome of HINT_OUTCOMES) entry.outcomes[outcome] += step.hints[outcome] ?? 0;
    }
  }

  const order = (entry: StepHintOutcomes) =>
    pathInfo(dataset, entry.path).steps.findIndex((step) => step.id === entry.step);
  return [...byStep.values()]
    .map((entry) => ({ ...entry, followedPct: followedShare(entry.outcomes) }))
    .sort((a, b) => a.path.localeCompare(b.path) || order(a) - order(b));
}

/** Followed hints as a share of those shown, one decimal; null when none was shown. */
function followedShare(outcomes: Record<HintOutcome, number>): number | null {
  if (outcomes.shown === 0) return null;
  return Math.round((outcomes.followed / outcomes.shown) * 1000) / 10;
}
