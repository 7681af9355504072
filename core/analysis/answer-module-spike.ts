import { baselineOf } from './baseline.ts';
import { BASELINE_WEEKS, weekClusters } from './clusters.ts';
import { attemptsIn, pathInfo, type Dataset } from './dataset.ts';
import { pct, signedPoints } from './format.ts';
import { rankIssues } from './issues.ts';
import { moduleLabel } from './modules.ts';
import { measureAttempts } from './step-measure.ts';
import type { Answer, FigureRow, IsoWeek } from './types.ts';
import { weekRange, weeksBefore } from './weeks.ts';

/**
 * "Which module spiked this week?": the module whose hesitation and errors rose most against the
 * weeks before, both in points, added up, so that a module with both rising beats one with one.
 */

interface ModuleRise {
  module: string;
  hesitationScore: number;
  baselineHesitation: number;
  errorRatePct: number;
  baselineErrorRate: number;
  rise: number;
}

/** The module that spiked in `week`, with its figures and those of every module. */
export function answerModuleSpike(dataset: Dataset, week: IsoWeek): Answer {
  const range = weekRange(week);
  const previous = weeksBefore(week, BASELINE_WEEKS).map(weekRange);
  const attempts = attemptsIn(dataset, range);
  const modules = [...new Set(attempts.map((a) => pathInfo(dataset, a.row.path).module))];

  const rises: ModuleRise[] = modules.map((module) => {
    const inModule = (path: string) => pathInfo(dataset, path).module === module;
    const now = measureAttempts(
      attempts.filter((a) => inModule(a.row.path)),
      { scopeSessions: 0 },
    );
    const before = previous
      .map((r) => attemptsIn(dataset, r).filter((a) => inModule(a.row.path)))
      .filter((group) => group.length > 0)
      .map((group) => measureAttempts(group, { scopeSessions: 0 }));
    const mean = (read: (f: (typeof before)[number]) => number) =>
      before.length === 0 ? 0 : round(before.reduce((sum, f) => sum + read(f), 0) / before.length);
    const baselineHesitation = mean((f) => f.hesitationScore);
    const baselineErrorRate = mean((f) => f.errorRatePct);
    return {
      module,
      hesitationScore: now.hesitationScore,
      baselineHesitation,
      errorRatePct: now.errorRatePct,
      baselineErrorRate,
      rise: round(
        now.hesitationScore - baselineHesitation + (now.errorRatePct - baselineErrorRate),
      ),
    };
  });
  rises.sort((a, b) => b.rise - a.rise || a.module.localeCompare(b.module));

  const figures: FigureRow[] = rises.map((rise) => ({ ...rise }));
  const top = rises[0];
  if (!top || top.rise <= 0) {
    return {
      answered: true,
      intent: 'module_spike',
      answer:
        `No module rose in ${week}: hesitation and errors are at or below the ` +
        `${BASELINE_WEEKS} weeks before in every module.`,
      figures,
      suggestions: [],
    };
  }

  const issue = rankIssues(weekClusters(dataset, week)).find(
    (candidate) => pathInfo(dataset, candidate.path).module === top.module,
  );
  let where = '';
  if (issue) {
    const path = pathInfo(dataset, issue.path);
    const cohorts = new Set(issue.affected.map((cluster) => cluster.cohort));
    const step = measureAttempts(
      attempts.filter((a) => a.row.path === path.id && cohorts.has(a.cohort)),
      { step: issue.step, scopeSessions: 0 },
    );
    const stepBefore = baselineOf(dataset, previous, path.id, issue.step, cohorts);
    const stepName = path.steps.find((s) => s.id === issue.step)?.name ?? issue.step;
    where =
      ` Most of it at "${stepName}" (${path.name}): hesitation score ${step.hesitationScore}` +
      (stepBefore ? ` (was ${Math.round(stepBefore.hesitationScore)})` : '') +
      `, errors in ${pct(step.errorRatePct)} of attempts` +
      (stepBefore ? ` (was ${pct(stepBefore.errorRatePct)})` : '') +
      '.';
  }
  return {
    answered: true,
    intent: 'module_spike',
    answer:
      `${moduleLabel(top.module)} spiked in ${week}: hesitation score ${top.hesitationScore} ` +
      `(${signedPoints(top.hesitationScore - top.baselineHesitation)} against ` +
      `${top.baselineHesitation}, the mean of the ${BASELINE_WEEKS} weeks before), errors in ` +
      `${pct(top.errorRatePct)} of attempts (was ${pct(top.baselineErrorRate)}).${where}`,
    figures,
    suggestions: [],
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
