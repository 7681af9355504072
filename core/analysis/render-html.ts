import {
  CAUSE_TITLES,
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
import type { InterventionOutcome, ReviewItem, WeeklyReview } from './types.ts';

/**
 * The weekly review as one standalone HTML page for the partner's call: no script, no external
 * file, styles inline, so it can be mailed or opened offline. Every piece of text is escaped.
 */

const STYLE = `
body { font: 15px/1.45 system-ui, sans-serif; color: #1d232b;
  margin: 2rem auto; max-width: 70rem; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; }
.sub { color: #59636e; margin-top: 0; }
section.item { border: 1px solid #d0d7de; border-radius: 8px;
  padding: .5rem 1rem 1rem; margin: 1rem 0; }
.cause { display: inline-block; border-radius: 4px; padding: 0 .4rem;
  font-weight: 600; color: #fff; }
.cause-bug { background: #b42318; }
.cause-knowledge { background: #175cd3; }
.cause-ux_process { background: #8a5a00; }
table { border-collapse: collapse; margin: .5rem 0; }
th, td { border: 1px solid #d0d7de; padding: .2rem .5rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; }
pre { background: #f6f8fa; padding: .6rem; white-space: pre-wrap; border-radius: 6px; }
.users { font-family: ui-monospace, monospace; font-size: .9em; }
`;

/** The review of `review.week` as a complete HTML document. */
export function renderReviewHtml(review: WeeklyReview): string {
  const title = reviewTitle(review);
  const body = [
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="sub">${escapeHtml(reviewSubtitle(review))}</p>`,
    `<h2>${topHeading(review.top.length)}</h2>`,
    review.top.length === 0 ? '<p>No step is above the review’s bar this week.</p>' : '',
    ...review.top.map(renderItem),
    '<h2>Interventions: did they work?</h2>',
    review.interventions.length === 0 ? '<p>No intervention recorded yet.</p>' : '',
    ...review.interventions.map(renderOutcome),
    '<h2>All clusters</h2>',
    review.clusters.length === 0
      ? '<p>No signal was raised this week.</p>'
      : table([...CLUSTER_COLUMNS], review.clusters.map(clusterCells)),
    '<h2>Cohorts</h2>',
    table(
      ['Cohort', 'Users', 'Sessions', 'Merged from'],
      review.cohorts.map((c) => [
        c.label,
        String(c.users),
        String(c.sessions),
        c.mergedFrom.join(', '),
      ]),
    ),
  ].join('\n');

  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** Text made safe for HTML content and attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

function renderItem(item: ReviewItem): string {
  const errors = itemErrors(item);
  return [
    '<section class="item">',
    `<h3>${escapeHtml(itemHeading(item))}</h3>`,
    `<p><span class="cause cause-${item.cause}">${escapeHtml(CAUSE_TITLES[item.cause])}</span> ` +
      `${escapeHtml(itemCauseLine(item))}</p>`,
    `<p>Cohorts: ${escapeHtml(item.cohortLabels.join(', '))}</p>`,
    `<p class="users">${escapeHtml(itemUsers(item))}</p>`,
    table(['Figure', 'This week', 'Previous weeks'], itemFigureRows(item)),
    errors.length > 0
      ? `<p>Top errors:</p><ul>${errors.map((e) => `<li>${escapeHtml(e)}</li>`).join('')}</ul>`
      : '',
    '<p>Evidence:</p>',
    `<ul>${item.evidence
      .map((e) => `<li>${e.cause === item.cause ? '' : '(also) '}${escapeHtml(e.text)}</li>`)
      .join('')}</ul>`,
    `<p><strong>Intervention (${escapeHtml(item.intervention.kind.replace('_', ' '))}):</strong> ` +
      `${escapeHtml(item.intervention.title)}</p>`,
    `<pre>${escapeHtml(item.intervention.text)}</pre>`,
    '</section>',
  ].join('\n');
}

function renderOutcome({ intervention, comparison }: InterventionOutcome): string {
  const { before, after } = comparison;
  const windows = `Before: ${before.from} to ${before.to} · after: ${after.from} to ${after.to}`;
  return [
    '<section>',
    `<h3>${escapeHtml(interventionHeading(comparison, intervention.kind, intervention.day))}</h3>`,
    intervention.note ? `<blockquote>${escapeHtml(intervention.note)}</blockquote>` : '',
    `<p>${escapeHtml(windows)}</p>`,
    `<p>${escapeHtml(comparison.summary)}</p>`,
    table([...METRIC_COLUMNS], comparison.metrics.map(metricCells)),
    '</section>',
  ].join('\n');
}

function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const head = `<tr>${headers.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr>`;
  const body = rows
    .map((row) => `<tr>${row.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`)
    .join('');
  return `<table><thead>${head}</thead><tbody>${body}</tbody></table>`;
}
