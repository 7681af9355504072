import {
  CLUSTER_COLUMNS,
  clusterCells,
  interventionHeading,
  itemCauseLine,
  itemErrors,
  itemFigureRows,
  itemHeading,
  itemUsers,
  METRIC_COLUMNS,
  metricCells,
  reviewSubtitle,
  reviewTitle,
  topHeading,
} from './review-text.ts';
import type { ReviewItem, WeeklyReview } from './types.ts';

/**
 * The weekly review as Markdown, for a ticket, a wiki or an e-mail. Text that comes from data
 * (the organisation's name, notes) is escaped so it cannot break a table or start a heading.
 */

/** The review of `review.week` as a Markdown document. */
export function renderReviewMarkdown(review: WeeklyReview): string {
  const lines = [`# ${text(reviewTitle(review))}`, '', text(reviewSubtitle(review)), ''];

  lines.push(`## ${topHeading(review.top.length)}`, '');
  if (review.top.length === 0) lines.push('No step is above the review’s bar this week.', '');
  for (const item of review.top) lines.push(...renderItem(item));

  lines.push('## Interventions: did they work?', '');
  if (review.interventions.length === 0) lines.push('No intervention recorded yet.', '');
  for (const { intervention, comparison } of review.interventions) {
    lines.push(
      `### ${text(interventionHeading(comparison, intervention.kind, intervention.day))}`,
      '',
    );
    if (intervention.note) lines.push(`> ${text(intervention.note)}`, '');
    lines.push(
      `Before: ${comparison.before.from} to ${comparison.before.to} · after: ` +
        `${comparison.after.from} to ${comparison.after.to}`,
      '',
      text(comparison.summary),
      '',
      ...table([...METRIC_COLUMNS], comparison.metrics.map(metricCells)),
      '',
    );
  }

  lines.push('## All clusters', '');
  if (review.clusters.length === 0) lines.push('No signal was raised this week.', '');
  else lines.push(...table([...CLUSTER_COLUMNS], review.clusters.map(clusterCells)), '');

  lines.push(
    '## Cohorts',
    '',
    ...table(
      ['Cohort', 'Users', 'Sessions', 'Merged from'],
      review.cohorts.map((c) => [
        c.label,
        String(c.users),
        String(c.sessions),
        c.mergedFrom.join(', '),
      ]),
    ),
    '',
  );
  return lines.join('\n');
}

function renderItem(item: ReviewItem): string[] {
  const errors = itemErrors(item);
  return [
    `### ${text(itemHeading(item))}`,
    '',
    `**${text(itemCauseLine(item))}**`,
    '',
    `Cohorts: ${text(item.cohortLabels.join(', '))}`,
    '',
    text(itemUsers(item)),
    '',
    ...table(['Figure', 'This week', 'Previous weeks'], itemFigureRows(item)),
    '',
    ...(errors.length > 0 ? ['Top errors:', '', ...errors.map((e) => `- ${text(e)}`), ''] : []),
    'Evidence:',
    '',
    ...item.evidence.map((e) => `- ${e.cause === item.cause ? '' : '(also) '}${text(e.text)}`),
    '',
    `**Intervention (${item.intervention.kind.replace('_', ' ')}):** ` +
      text(item.intervention.title),
    '',
    '```text',
    item.intervention.text.replaceAll('```', "'''"),
    '```',
    '',
  ];
}

function table(headers: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [
    `| ${headers.map(text).join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(text).join(' | ')} |`),
  ];
}

/**
 * Data as Markdown text on one line: characters that would start emphasis, code, a link, a
 * table cell or an HTML tag are shown as themselves. An underscore inside a word
 * (`button_validate`) starts nothing, so it is left as is.
 */
function text(value: string): string {
  return value
    .replace(/\s*\n\s*/g, ' ')
    .replace(/[\\`*[\]|#]/g, (char) => `\\${char}`)
    .replace(/(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, '\\_')
    .replace(/<(?=[A-Za-z/!?])/g, '\\<');
}
