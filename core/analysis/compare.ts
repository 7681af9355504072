import { cohortLabel } from './cohorts.ts';
import {
  attemptsIn,
  datasetOf,
  pathInfo,
  sessionCount,
  shownCohort,
  stepName,
  type Dataset,
} from './dataset.ts';
import { pValue } from './format.ts';
import {
  mannWhitneyTest,
  percent,
  percentilesOf,
  twoProportionTest,
  type TestResult,
} from './statistics.ts';
import { measureAttempts, reaches } from './step-measure.ts';
import type {
  AnalysisInput,
  Comparison,
  CompareTarget,
  DayRange,
  MetricComparison,
  MetricName,
  StepFigures,
  Verdict,
} from './types.ts';

/**
 * Before/after: the same path, or cluster, in two windows. Rates are compared with the
 * two-proportion z-test (hesitation over visits, completion over attempts, coverage over
 * sessions), the time to complete with the Mann–Whitney U test, each at `SIGNIFICANCE_LEVEL`.
 */

/** A difference with a p-value below this is taken as real. */
export const SIGNIFICANCE_LEVEL = 0.05;

/** How a verdict reads. */
export const VERDICT_WORDS: Readonly<Record<Verdict, string>> = {
  improved: 'improved',
  worse: 'worse',
  no_change: 'no significant change',
  insufficient_data: 'not enough data',
};

const METRIC_WORDS: Readonly<Record<MetricName, string>> = {
  completion: 'Completion',
  hesitation: 'Hesitation',
  coverage: 'Coverage',
  time_to_complete: 'Time to complete',
};

/** Compares `target` in `before` with `after`. */
export function compareWindows(
  input: AnalysisInput,
  target: CompareTarget,
  before: DayRange,
  after: DayRange,
): Comparison {
  return compareIn(datasetOf(input), target, before, after);
}

/** `compareWindows` over a prepared dataset. */
export function compareIn(
  dataset: Dataset,
  target: CompareTarget,
  before: DayRange,
  after: DayRange,
): Comparison {
  const cohort = target.cohort === undefined ? undefined : shownCohort(dataset, target.cohort);
  const path = pathInfo(dataset, target.path);
  const then = side(dataset, target, cohort, before);
  const now = side(dataset, target, cohort, after);

  const [b, a] = [then.figures, now.figures];
  const metrics: MetricComparison[] = [
    rate('completion', [b.completed, b.attempts], [a.completed, a.attempts], 'up'),
    rate('hesitation', [b.hesitantVisits, b.visits], [a.hesitantVisits, a.visits], 'down'),
    rate('coverage', [b.sessions, b.scopeSessions], [a.sessions, a.scopeSessions], 'up'),
    time(then.completedMs, now.completedMs),
  ];
  const primary: MetricName = target.step === undefined ? 'completion' : 'hesitation';
  const main = metrics.find((metric) => metric.metric === primary)!;
  const where = [
    target.step === undefined ? path.name : `"${stepName(path, target.step)}" (${path.name})`,
    cohort === undefined ? null : cohortLabel(cohort),
  ]
    .filter((part) => part !== null)
    .join(', ');

  return {
    target: { ...target, ...(cohort === undefined ? {} : { cohort }) },
    pathName: path.name,
    stepName: target.step === undefined ? null : stepName(path, target.step),
    cohortLabel: cohort === undefined ? null : cohortLabel(cohort),
    before,
    after,
    metrics,
    primary,
    verdict: main.verdict,
    summary:
      `${METRIC_WORDS[primary]} at ${where}: ${shown(main, main.before)} before, ` +
      `${shown(main, main.after)} after (${pValue(main.pValue)}): ${VERDICT_WORDS[main.verdict]}.`,
  };
}

interface Side {
  figures: StepFigures;
  completedMs: number[];
}

function side(
  dataset: Dataset,
  target: CompareTarget,
  cohort: string | undefined,
  range: DayRange,
): Side {
  const attempts = attemptsIn(dataset, range).filter(
    (attempt) =>
      attempt.row.path === target.path && (cohort === undefined || attempt.cohort === cohort),
  );
  const scope = sessionCount(dataset, range, cohort === undefined ? undefined : new Set([cohort]));
  const figures = measureAttempts(attempts, {
    ...(target.step === undefined ? {} : { step: target.step }),
    scopeSessions: scope,
  });
  const completedMs = attempts
    .filter((a) => a.row.status === 'completed')
    .filter((a) => target.step === undefined || reaches(a.row, target.step))
    .map((a) => a.row.durationMs);
  return { figures, completedMs };
}

/** A rate before and after: `[successes, trials]` on each side. */
function rate(
  metric: MetricName,
  [x1, n1]: [number, number],
  [x2, n2]: [number, number],
  better: 'up' | 'down',
): MetricComparison {
  const test = twoProportionTest(x1, n1, x2, n2);
  return {
    metric,
    unit: 'pct',
    before: n1 === 0 ? null : percent(x1, n1),
    after: n2 === 0 ? null : percent(x2, n2),
    beforeN: n1,
    afterN: n2,
    test: 'two_proportion_z',
    statistic: test === null ? null : round(test.z),
    pValue: test === null ? null : test.pValue,
    verdict: verdictOf(test, better),
  };
}

function time(before: number[], after: number[]): MetricComparison {
  const test = mannWhitneyTest(before, after);
  return {
    metric: 'time_to_complete',
    unit: 'ms',
    before: percentilesOf(before).p50Ms,
    after: percentilesOf(after).p50Ms,
    beforeN: before.length,
    afterN: after.length,
    test: 'mann_whitney_u',
    statistic: test === null ? null : round(test.z),
    pValue: test === null ? null : test.pValue,
    verdict: verdictOf(test, 'down'),
  };
}

/** Significant and in the better direction: improved; significant the other way: worse. */
function verdictOf(test: TestResult | null, better: 'up' | 'down'): Verdict {
  if (test === null) return 'insufficient_data';
  if (test.pValue >= SIGNIFICANCE_LEVEL || test.z === 0) return 'no_change';
  return test.z > 0 === (better === 'up') ? 'improved' : 'worse';
}

/** Hesitation reads as its 0–100 score, other rates as percentages. */
function shown(metric: MetricComparison, value: number | null): string {
  if (value === null) return 'no data';
  return metric.metric === 'hesitation' ? `score ${Math.round(value)}` : `${value}%`;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
