import { baselineOf } from './baseline.ts';
import { cohortLabel } from './cohorts.ts';
import {
  attemptsIn,
  datasetOf,
  pathInfo,
  sessionCount,
  stepName,
  type Dataset,
  type PathInfo,
  type PreparedAttempt,
} from './dataset.ts';
import { dominantSignal, scoreOf, severityOf } from './severity.ts';
import { measureAttempts, usersWithFriction } from './step-measure.ts';
import type { AnalysisInput, Cluster, IsoWeek } from './types.ts';
import { weekRange, weeksBefore } from './weeks.ts';

/**
 * Clusters: the week's attempts grouped by path, step and cohort, each named by its dominant
 * signal. Grouping by step and cohort first and naming the group by its strongest signal keeps a
 * step where users pause, loop and retry as one readable issue, not three.
 */

/** How many weeks before the reviewed one its changes are measured against. */
export const BASELINE_WEEKS = 4;

/** Every cluster of `week`, one per path, step and cohort reached, highest score first. */
export function buildClusters(input: AnalysisInput, week: IsoWeek): Cluster[] {
  return weekClusters(datasetOf(input), week);
}

/** `buildClusters` over a prepared dataset. */
export function weekClusters(dataset: Dataset, week: IsoWeek): Cluster[] {
  const range = weekRange(week);
  const previous = weeksBefore(week, BASELINE_WEEKS).map(weekRange);
  const groups = new Map<string, PreparedAttempt[]>();
  for (const attempt of attemptsIn(dataset, range)) {
    const key = `${attempt.row.path}\n${attempt.cohort}`;
    const group = groups.get(key);
    if (group) group.push(attempt);
    else groups.set(key, [attempt]);
  }

  const clusters: Cluster[] = [];
  for (const group of groups.values()) {
    const { cohort } = group[0]!;
    const path = pathInfo(dataset, group[0]!.row.path);
    const cohorts = new Set([cohort]);
    const scopeSessions = sessionCount(dataset, range, cohorts);
    for (const step of stepsReached(path, group)) {
      const figures = measureAttempts(group, { step, scopeSessions });
      const baseline = baselineOf(dataset, previous, path.id, step, cohorts);
      const severity = severityOf(figures, baseline);
      clusters.push({
        path: path.id,
        pathName: path.name,
        module: path.module,
        step,
        stepName: stepName(path, step),
        cohort,
        cohortLabel: cohortLabel(cohort),
        signal: dominantSignal(figures.signals),
        figures,
        baseline,
        severity,
        score: scoreOf(figures.users, severity),
        pseudonyms: usersWithFriction(group, step),
      });
    }
  }
  return clusters.sort(
    (a, b) =>
      b.score - a.score ||
      a.path.localeCompare(b.path) ||
      a.step.localeCompare(b.step) ||
      a.cohort.localeCompare(b.cohort),
  );
}

/** The steps the attempts reached, in path order; steps the path does not define come last. */
export function stepsReached(path: PathInfo, attempts: readonly PreparedAttempt[]): string[] {
  const reached = new Set(attempts.flatMap((attempt) => attempt.row.steps.map((s) => s.step)));
  const ordered = path.steps.map((step) => step.id).filter((id) => reached.has(id));
  return [...ordered, ...[...reached].filter((id) => !ordered.includes(id)).sort()];
}
