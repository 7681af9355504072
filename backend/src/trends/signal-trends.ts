import {
  attemptsIn,
  datasetOf,
  pathInfo,
  sessionCount,
  shownCohort,
  type Dataset,
  type PreparedAttempt,
} from '../../../core/analysis/dataset.ts';
import { weekRange, type AnalysisInput, type IsoWeek } from '../../../core/analysis/index.ts';
import { measureAttempts } from '../../../core/analysis/step-measure.ts';
import type { TrendFilter, WeekSignals } from './types.ts';

/**
 * The four signals week by week: coverage, completion, hesitation score and workaround rate,
 * measured as the analysis measures a cluster (the same function, the same cohorts after tenure
 * is inferred and small cohorts are merged), over whatever the filter keeps: a module, a path or
 * one step of it, a cohort. Without a step every step of each attempt counts.
 */

/** The signals of each of `weeks` for the attempts `filter` keeps, in the order given. */
export function signalTrends(
  input: AnalysisInput,
  weeks: readonly IsoWeek[],
  filter: TrendFilter = {},
): WeekSignals[] {
  const dataset = datasetOf(input);
  const cohort = filter.cohort === undefined ? undefined : shownCohort(dataset, filter.cohort);
  const keep = attemptFilter(dataset, { ...filter, cohort });

  return weeks.map((week) => {
    const range = weekRange(week);
    const attempts = attemptsIn(dataset, range).filter(keep);
    const scope = sessionCount(
      dataset,
      range,
      cohort === undefined ? undefined : new Set([cohort]),
    );
    const figures = measureAttempts(attempts, {
      ...(filter.step === undefined ? {} : { step: filter.step }),
      scopeSessions: scope,
    });
    const measured = figures.attempts > 0;
    return {
      week,
      range,
      sessions: figures.scopeSessions,
      attempts: figures.attempts,
      coveragePct: figures.scopeSessions > 0 ? figures.coveragePct : null,
      completionPct: measured ? figures.completionPct : null,
      hesitationScore: figures.visits > 0 ? figures.hesitationScore : null,
      workaroundPct: measured ? figures.workaroundPct : null,
    };
  });
}

/** Whether an attempt is one `filter` keeps; `filter.cohort` is the shown cohort. */
export function attemptFilter(
  dataset: Dataset,
  filter: TrendFilter,
): (attempt: PreparedAttempt) => boolean {
  return ({ row, cohort }) =>
    (filter.module === undefined || pathInfo(dataset, row.path).module === filter.module) &&
    (filter.path === undefined || row.path === filter.path) &&
    (filter.cohort === undefined || cohort === filter.cohort);
}
