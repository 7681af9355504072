import { weekClusters } from './clusters.ts';
import { pathInfo, type Dataset } from './dataset.ts';
import { pct } from './format.ts';
import { rankIssues } from './issues.ts';
import { normalise } from './question-words.ts';
import { reviewItem } from './review.ts';
import type { Answer, Cause, IsoWeek } from './types.ts';

/**
 * "Bug or knowledge gap on receipts?": the likely cause of the named flow's worst step this week,
 * with its evidence, or the flow's figures when no step of it is a problem. When the question
 * offers causes and the answer is another one, it says so.
 */

/** How a cause reads in a sentence. */
export const CAUSE_WORDS: Readonly<Record<Cause, string>> = {
  bug: 'a bug',
  knowledge: 'a knowledge gap',
  ux_process: 'a UX/process problem',
};

const ASKED: readonly (readonly [RegExp, Cause])[] = [
  [/\bbugs?\b|\bbroken\b|\berrors?\b/, 'bug'],
  [/\bknowledge\b|\btraining\b|\blearn/, 'knowledge'],
  [/\bux\b|\bprocess\b|\bdesign\b|\busability\b/, 'ux_process'],
];

/** The cause on the paths named (`paths`, as `pathsNamed` found them) in `week`. */
export function answerCause(
  dataset: Dataset,
  week: IsoWeek,
  question: string,
  paths: readonly string[],
): Answer {
  const clusters = weekClusters(dataset, week).filter((c) => paths.includes(c.path));
  const names = paths.map((id) => pathInfo(dataset, id).name).join(', ');
  const figures = clusters.map((c) => ({
    path: c.path,
    step: c.step,
    cohort: c.cohort,
    signal: c.signal,
    users: c.figures.users,
    hesitationScore: c.figures.hesitationScore,
    completionPct: c.figures.completionPct,
    errorRatePct: c.figures.errorRatePct,
    workaroundPct: c.figures.workaroundPct,
    severity: c.severity,
  }));
  if (clusters.length === 0) {
    return {
      answered: true,
      intent: 'cause_of_flow',
      answer:
        `No attempt of ${names} in ${week}: ` +
        'there is nothing to tell a bug from a knowledge gap with.',
      figures,
      suggestions: [],
    };
  }

  const issue = rankIssues(clusters)[0];
  if (!issue) {
    const worst = [...clusters].sort((a, b) => b.severity - a.severity)[0]!;
    return {
      answered: true,
      intent: 'cause_of_flow',
      answer:
        `Neither: no step of ${names} is a problem in ${week}. The worst, "${worst.stepName}" ` +
        `(${worst.cohortLabel}), has a hesitation score of ${worst.figures.hesitationScore} ` +
        `(${worst.figures.hesitantVisits} of ${worst.figures.visits} visits), completion ` +
        `${pct(worst.figures.completionPct)} and errors in ${pct(worst.figures.errorRatePct)} of ` +
        'attempts: below the bar of the weekly review.',
      figures,
      suggestions: [],
    };
  }

  const item = reviewItem(dataset, week, issue, 1);
  const asked = ASKED.filter(([pattern]) => pattern.test(normalise(question))).map(([, c]) => c);
  const opening =
    asked.length > 0 && !asked.includes(item.cause)
      ? `Neither: ${CAUSE_WORDS[item.cause]}`
      : `${CAUSE_WORDS[item.cause][0]!.toUpperCase()}${CAUSE_WORDS[item.cause].slice(1)}`;
  const evidence = item.evidence
    .filter((e) => e.cause === item.cause)
    .map((e) => e.text)
    .join(' ');
  return {
    answered: true,
    intent: 'cause_of_flow',
    answer:
      `${opening} at "${item.stepName}" (${item.pathName}), for ${item.cohortLabels.join(', ')}: ` +
      `${item.figures.frictionAttempts} of ${item.figures.attempts} attempts met trouble there ` +
      `(hesitation score ${item.figures.hesitationScore}, errors in ` +
      `${pct(item.figures.errorRatePct)}, completion ${pct(item.figures.completionPct)}). ` +
      `${evidence} Proposed: ${item.intervention.title}.`,
    figures,
    suggestions: [],
  };
}
