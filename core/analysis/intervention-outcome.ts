import { compareIn } from './compare.ts';
import { datasetOf, type Dataset } from './dataset.ts';
import type { AnalysisInput, Day, Intervention, InterventionOutcome } from './types.ts';
import { addDays } from './weeks.ts';

/**
 * Did an intervention work: what it was about (its path, step and cohort), in the weeks before
 * its day against the time since. Four weeks before, or fewer when the data starts later: long
 * enough to hold a few hundred visits, short enough to leave out the go-live's first weeks.
 */

/** Days before an intervention's day that form its "before". */
export const BEFORE_DAYS = 28;

/** The before/after of `intervention`, its "after" running to `until` (default: the last data). */
export function interventionOutcome(
  input: AnalysisInput,
  intervention: Intervention,
  until?: Day,
): InterventionOutcome {
  return outcomeIn(datasetOf(input), intervention, until);
}

/** `interventionOutcome` over a prepared dataset. */
export function outcomeIn(
  dataset: Dataset,
  intervention: Intervention,
  until?: Day,
): InterventionOutcome {
  const start = addDays(intervention.day, -BEFORE_DAYS);
  const end = addDays(intervention.day, -1);
  const first = dataset.firstDay ?? intervention.day;
  // Data that starts after the day leaves nothing before it: the window stays its full, empty
  // self rather than running backwards; an "after" that has not begun is its first day alone.
  const before = { from: first > start && first <= end ? first : start, to: end };
  const last = until ?? dataset.lastDay ?? intervention.day;
  const after = { from: intervention.day, to: last > intervention.day ? last : intervention.day };
  const target = {
    path: intervention.path,
    ...(intervention.step === undefined ? {} : { step: intervention.step }),
    ...(intervention.cohort === undefined ? {} : { cohort: intervention.cohort }),
  };
  return { intervention, comparison: compareIn(dataset, target, before, after) };
}
