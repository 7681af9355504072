import { quantileSorted } from 'simple-statistics';

import type { Attempt } from './match.ts';
import type { GoldenPath } from './schema.ts';

/**
 * What partners read off attempts, per path version, step and cohort:
 * - coverage: share of the sessions in scope with an attempt of the path (or reaching the step);
 * - completion: share of attempts that reach the success step (per step: that reach the step);
 * - time to complete: P50 and P90 of completed attempts;
 * - deviation rate: share of attempts with a deviation (per step: a deviation at that step).
 */

export interface Percentiles {
  /** Number of values behind the figures. */
  n: number;
  p50Ms: number | null;
  p90Ms: number | null;
}

export interface StepMeasure {
  step: string;
  /** Attempts that reached the step. */
  reached: number;
  coverage: number;
  completion: number;
  deviationRate: number;
  /** Time at the step in completed attempts: the pause detector's baseline. */
  time: Percentiles;
}

export interface PathMeasure {
  path: string;
  version: number;
  cohort: string;
  /** Sessions in scope for the cohort. */
  sessions: number;
  attempts: number;
  completed: number;
  coverage: number;
  completion: number;
  deviationRate: number;
  timeToComplete: Percentiles;
  steps: StepMeasure[];
}

export interface MeasureOptions {
  /** Every session in scope, including those with no attempt at all. */
  sessions: readonly string[];
  /** The cohort a session belongs to; every session is in `all` when left out. */
  cohortOf?: (session: string) => string;
}

/** The cohort every session belongs to when no cohorts are given. */
export const ALL_COHORT = 'all';

/** Measures each path (all its versions that have attempts) for each cohort. */
export function measureAttempts(
  attempts: readonly Attempt[],
  paths: readonly GoldenPath[],
  options: MeasureOptions,
): PathMeasure[] {
  const cohortOf = options.cohortOf ?? (() => ALL_COHORT);
  const sessionsByCohort = countBy(options.sessions, cohortOf);
  const measures: PathMeasure[] = [];

  for (const path of paths) {
    const ofPath = attempts.filter((a) => a.path === path.id && a.version === path.version);
    for (const [cohort, sessions] of sessionsByCohort) {
      const group = ofPath.filter((attempt) => cohortOf(attempt.session) === cohort);
      measures.push(measureGroup(path, cohort, sessions, group));
    }
  }
  return measures;
}

/** One baseline per path version and step, from completed attempts. */
export interface StepBaseline {
  path: string;
  version: number;
  step: string;
  n: number;
  p50Ms: number;
  p90Ms: number;
}

/** P50 and P90 of the time at each step over the completed attempts; steps never timed are left out. */
export function stepBaselines(attempts: readonly Attempt[]): StepBaseline[] {
  const times = new Map<
    string,
    { path: string; version: number; step: string; values: number[] }
  >();
  for (const attempt of attempts) {
    if (attempt.status !== 'completed') continue;
    for (const step of attempt.steps) {
      const key = baselineKey(attempt.path, attempt.version, step.step);
      const entry = times.get(key) ?? {
        path: attempt.path,
        version: attempt.version,
        step: step.step,
        values: [],
      };
      entry.values.push(step.durationMs);
      times.set(key, entry);
    }
  }
  return [...times.values()].map(({ values, ...entry }) => {
    const { p50Ms, p90Ms } = percentiles(values);
    return { ...entry, n: values.length, p50Ms: p50Ms!, p90Ms: p90Ms! };
  });
}

/**
 * The P90 time at a step, for the pause detector: a user idle longer than most who succeeded is
 * hesitating. Null when no completed attempt has timed the step.
 */
export function baselineLookup(
  baselines: readonly StepBaseline[],
): (path: string, version: number, step: string) => number | null {
  const byKey = new Map(baselines.map((b) => [baselineKey(b.path, b.version, b.step), b.p90Ms]));
  return (path, version, step) => byKey.get(baselineKey(path, version, step)) ?? null;
}

function measureGroup(
  path: GoldenPath,
  cohort: string,
  sessions: number,
  attempts: readonly Attempt[],
): PathMeasure {
  const completed = attempts.filter((attempt) => attempt.status === 'completed');
  const sessionsOf = (group: readonly Attempt[]) =>
    new Set(group.map((attempt) => attempt.session)).size;

  const steps = path.steps.map((step): StepMeasure => {
    const reaching = attempts.filter((attempt) =>
      attempt.steps.some((time) => time.step === step.id),
    );
    const deviating = attempts.filter((attempt) =>
      attempt.deviations.some((d) => d.step === step.id),
    );
    const times = completed.flatMap((attempt) =>
      attempt.steps.filter((time) => time.step === step.id).map((time) => time.durationMs),
    );
    return {
      step: step.id,
      reached: reaching.length,
      coverage: share(sessionsOf(reaching), sessions),
      completion: share(reaching.length, attempts.length),
      deviationRate: share(deviating.length, attempts.length),
      time: percentiles(times),
    };
  });

  return {
    path: path.id,
    version: path.version,
    cohort,
    sessions,
    attempts: attempts.length,
    completed: completed.length,
    coverage: share(sessionsOf(attempts), sessions),
    completion: share(completed.length, attempts.length),
    deviationRate: share(
      attempts.filter((attempt) => attempt.deviations.length > 0).length,
      attempts.length,
    ),
    timeToComplete: percentiles(completed.map((attempt) => attempt.durationMs)),
    steps,
  };
}

function percentiles(values: number[]): Percentiles {
  if (values.length === 0) return { n: 0, p50Ms: null, p90Ms: null };
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50Ms: Math.round(quantileSorted(sorted, 0.5)),
    p90Ms: Math.round(quantileSorted(sorted, 0.9)),
  };
}

/** A share between 0 and 1, rounded to 4 places; 0 of nothing is 0. */
function share(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 10_000;
}

function countBy(
  sessions: readonly string[],
  cohortOf: (session: string) => string,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const session of new Set(sessions)) {
    const cohort = cohortOf(session);
    counts.set(cohort, (counts.get(cohort) ?? 0) + 1);
  }
  return counts;
}

function baselineKey(path: string, version: number, step: string): string {
  return `${path}@${version}#${step}`;
}
