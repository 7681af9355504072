import { CAUSE_WORDS } from './answer-cause.ts';
import type { Dataset } from './dataset.ts';
import { pct } from './format.ts';
import { reviewOf } from './review.ts';
import type { Answer, IsoWeek } from './types.ts';

/** "What should we fix first?": the top of the weekly review, with why and what to do. */
export function answerFixFirst(dataset: Dataset, week: IsoWeek): Answer {
  const review = reviewOf(dataset, week);
  const figures = review.top.map((item) => ({
    rank: item.rank,
    path: item.path,
    step: item.step,
    cause: item.cause,
    cohorts: item.cohortLabels.join(', '),
    users: item.figures.users,
    hesitationScore: item.figures.hesitationScore,
    completionPct: item.figures.completionPct,
    errorRatePct: item.figures.errorRatePct,
    workaroundPct: item.figures.workaroundPct,
    score: item.score,
    intervention: item.intervention.kind,
  }));
  const first = review.top[0];
  if (!first) {
    return {
      answered: true,
      intent: 'fix_first',
      answer: `Nothing needs fixing first in ${week}: no step is above the review's bar.`,
      figures,
      suggestions: [],
    };
  }
  const then = review.top.slice(1).map((item) => `"${item.stepName}" (${item.pathName})`);
  const shown = first.figures;
  return {
    answered: true,
    intent: 'fix_first',
    answer:
      `Fix "${first.stepName}" in ${first.pathName} first: ${CAUSE_WORDS[first.cause]} reaching ` +
      `${shown.users} users (${first.cohortLabels.join(', ')}), hesitation score ` +
      `${shown.hesitationScore}, completion ${pct(shown.completionPct)}, errors in ` +
      `${pct(shown.errorRatePct)} of attempts. ${first.evidence[0]?.text ?? ''} ` +
      `Proposed: ${first.intervention.title}.` +
      (then.length > 0 ? ` Then ${then.join(' and ')}.` : ''),
    figures,
    suggestions: [],
  };
}
