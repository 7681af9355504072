import { baselineOf } from './baseline.ts';
import { BASELINE_WEEKS, weekClusters } from './clusters.ts';
import { cohortLabel } from './cohorts.ts';
import {
  attemptsIn,
  datasetOf,
  pathInfo,
  sessionCount,
  stepName,
  type Dataset,
} from './dataset.ts';
import { findCause } from './find-cause.ts';
import { outcomeIn } from './intervention-outcome.ts';
import { rankIssues, type Issue } from './issues.ts';
import { proposeIntervention } from './propose-intervention.ts';
import { dominantSignal, severityOf } from './severity.ts';
import { measureAttempts, reaches, usersWithFriction } from './step-measure.ts';
import type { AnalysisInput, IsoWeek, ReviewItem, WeeklyReview } from './types.ts';
import { inRange, weekRange, weeksBefore } from './weeks.ts';

/**
 * The weekly review (DESIGN.md, "From signals to a decision"): the week's clusters, the issues
 * they make ranked by reach × severity, the top ones with their likely cause, its evidence and
 * the intervention it calls for, and how the interventions made so far worked out.
 */

/** Issues the review brings to the call: three is what a one-hour call can act on. */
export const TOP_ITEMS = 3;

/** The review of `week` for the organisation of `input`. */
export function weeklyReview(input: AnalysisInput, week: IsoWeek): WeeklyReview {
  return reviewOf(datasetOf(input), week);
}

/** `weeklyReview` over a prepared dataset. */
export function reviewOf(dataset: Dataset, week: IsoWeek): WeeklyReview {
  const range = weekRange(week);
  const clusters = weekClusters(dataset, week);
  const top = rankIssues(clusters)
    .slice(0, TOP_ITEMS)
    .map((issue, index) => reviewItem(dataset, week, issue, index + 1));

  const attempts = attemptsIn(dataset, range);
  const users = new Set([
    ...attempts.map((attempt) => attempt.who),
    ...dataset.sessions.filter((s) => inRange(s.row.day, range)).map((s) => s.who),
  ]);
  return {
    organisation: dataset.organisation,
    week,
    range,
    baselineWeeks: weeksBefore(week, BASELINE_WEEKS),
    totals: {
      sessions: sessionCount(dataset, range),
      attempts: attempts.length,
      users: users.size,
    },
    cohorts: dataset.cohorts,
    top,
    clusters: clusters.filter((cluster) => cluster.signal !== null),
    interventions: dataset.interventions
      .filter((intervention) => intervention.day <= range.to)
      .reverse()
      .map((intervention) => outcomeIn(dataset, intervention, range.to)),
  };
}

/** One issue as the review shows it: the affected cohorts' figures, cause and intervention. */
export function reviewItem(
  dataset: Dataset,
  week: IsoWeek,
  issue: Issue,
  rank: number,
): ReviewItem {
  const range = weekRange(week);
  const path = pathInfo(dataset, issue.path);
  const { step } = issue;
  const cohorts = issue.affected.map((cluster) => cluster.cohort);
  const affected = new Set(cohorts);

  const atStep = attemptsIn(dataset, range).filter(
    (attempt) => attempt.row.path === path.id && reaches(attempt.row, step),
  );
  const mine = atStep.filter((attempt) => affected.has(attempt.cohort));
  const figures = measureAttempts(mine, {
    step,
    scopeSessions: sessionCount(dataset, range, affected),
  });
  const previous = weeksBefore(week, BASELINE_WEEKS).map(weekRange);
  const baseline = baselineOf(dataset, previous, path.id, step, affected);
  const finding = findCause({ dataset, range, path, step, attempts: atStep });
  const pseudonyms = usersWithFriction(mine, step);

  return {
    rank,
    path: path.id,
    pathName: path.name,
    module: path.module,
    step,
    stepName: stepName(path, step),
    signal: dominantSignal(figures.signals),
    cohorts,
    cohortLabels: cohorts.map(cohortLabel),
    cause: finding.cause,
    evidence: finding.evidence,
    firstDay: finding.firstDay,
    figures,
    baseline,
    severity: severityOf(figures, baseline),
    score: issue.score,
    pseudonyms,
    intervention: proposeIntervention({
      path,
      step,
      week,
      finding,
      figures,
      baseline,
      cohorts,
      pseudonyms,
    }),
  };
}
