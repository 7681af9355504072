import { dayWithWeekday } from './format.ts';
import { CAUSE_TITLES, reviewTitle } from './review-text.ts';
import type { Evidence, EvidenceRule, ReviewItem, WeeklyReview } from './types.ts';

/** The evidence that speaks of an item's dominant signal, where there is one. */
const RULE_OF_SIGNAL: Partial<Record<string, EvidenceRule>> = {
  error: 'server_errors',
  workaround: 'workarounds',
  loop: 'loops',
  form_friction: 'form_friction',
  dead_click: 'dead_clicks',
};

/**
 * The weekly review in a few lines of plain text, for a terminal: the week's totals, each top
 * problem with its cause, its strongest evidence and the intervention proposed, and whether the
 * interventions so far worked. The Markdown and HTML renderings carry the full evidence.
 */
export function renderReviewSummary(review: WeeklyReview): string {
  const { totals } = review;
  const lines = [
    `${reviewTitle(review)}: ${totals.sessions} sessions, ${totals.attempts} attempts, ` +
      `${totals.users} users`,
  ];
  if (review.top.length === 0) lines.push('  No step stood out this week.');

  for (const item of review.top) {
    const since = item.firstDay ? ` since ${dayWithWeekday(item.firstDay)}` : '';
    lines.push(
      `  ${item.rank}. ${item.pathName} › ${item.stepName}: ${CAUSE_TITLES[item.cause]}${since}, ` +
        `${item.cohortLabels.join('; ')}`,
    );
    const strongest = strongestEvidence(item);
    if (strongest) lines.push(`     ${strongest.text}`);
    lines.push(`     → ${item.intervention.kind.replace('_', ' ')}: ${item.intervention.title}`);
  }

  for (const { intervention, comparison } of review.interventions) {
    lines.push(
      `  ${intervention.kind.replace('_', ' ')} on ${dayWithWeekday(intervention.day)}, ` +
        `${comparison.pathName}${comparison.stepName ? ` › ${comparison.stepName}` : ''}: ` +
        comparison.summary,
    );
  }
  return lines.join('\n');
}

/** The item's evidence about its dominant signal, else the first evidence of its cause. */
function strongestEvidence(item: ReviewItem): Evidence | undefined {
  const ofCause = item.evidence.filter((evidence) => evidence.cause === item.cause);
  const rule = item.signal === null ? undefined : RULE_OF_SIGNAL[item.signal];
  return ofCause.find((evidence) => evidence.rule === rule) ?? ofCause[0];
}
