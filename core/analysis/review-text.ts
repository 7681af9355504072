import type { SignalKind } from '../detect/types.ts';
import { VERDICT_WORDS } from './compare.ts';
import {
  count,
  dayWithWeekday,
  duration,
  errorWords,
  pct,
  pValue,
  signedPoints,
} from './format.ts';
import { moduleLabel } from './modules.ts';
import type {
  Cause,
  Cluster,
  Comparison,
  MetricComparison,
  ReviewItem,
  WeeklyReview,
} from './types.ts';

/**
 * The words and cells of a rendered review, shared by the Markdown and the HTML renderers so that
 * both say the same thing in the same words. Everything returned is plain text: each renderer
 * escapes it for its own format.
 */

/** How a cause is titled. */
export const CAUSE_TITLES: Readonly<Record<Cause, string>> = {
  bug: 'Bug',
  knowledge: 'Knowledge gap',
  ux_process: 'UX/process',
};

/** Pseudonyms listed per item before "and N more". */
export const MAX_LISTED_USERS = 20;

const METRIC_TITLES: Readonly<Record<MetricComparison['metric'], string>> = {
  completion: 'Completion',
  hesitation: 'Hesitation score',
  coverage: 'Coverage',
  time_to_complete: 'Time to complete (P50)',
};

/** `Weekly review — Northwind, 2026-W48`. */
export function reviewTitle(review: WeeklyReview): string {
  return `Weekly review — ${review.organisation}, ${review.week}`;
}

/** The line under the title: the week's days and totals. */
export function reviewSubtitle(review: WeeklyReview): string {
  const { range, totals, baselineWeeks } = review;
  return [
    `${dayWithWeekday(range.from)} to ${dayWithWeekday(range.to)}`,
    count(totals.sessions, 'session'),
    count(totals.attempts, 'attempt'),
    count(totals.users, 'user'),
    `changes against ${baselineWeeks[0]} to ${baselineWeeks.at(-1)}`,
  ].join(' · ');
}

/** `dead click` for `dead_click`; `none` when no signal was raised. */
export function signalWords(signal: SignalKind | null): string {
  return signal === null ? 'none' : signal.replaceAll('_', ' ');
}

/** An item's heading: `1. "Validate the delivery" — Deliver goods, Inventory (stock)`. */
export function itemHeading(item: ReviewItem): string {
  return `${item.rank}. "${item.stepName}" — ${item.pathName}, ${moduleLabel(item.module)}`;
}

/** The line under an item's heading: cause, first day and dominant signal. */
export function itemCauseLine(item: ReviewItem): string {
  return `Likely cause: ${CAUSE_TITLES[item.cause]} · ${itemCauseDetails(item)}`;
}

/** What goes with the cause where it is already shown: `since Wed 2026-11-18 · dominant signal: error`. */
export function itemCauseDetails(item: ReviewItem): string {
  const since = item.firstDay ? `since ${dayWithWeekday(item.firstDay)} · ` : '';
  return `${since}dominant signal: ${signalWords(item.signal)}`;
}

/** The affected users, capped at `MAX_LISTED_USERS`. */
export function itemUsers(item: ReviewItem): string {
  const shown = item.pseudonyms.slice(0, MAX_LISTED_USERS).join(', ');
  const more = item.pseudonyms.length - MAX_LISTED_USERS;
  return `${count(item.pseudonyms.length, 'user')} with friction here: ${shown || 'none named'}${
    more > 0 ? ` and ${more} more` : ''
  }`;
}

/** A review item's or a cluster's figures: name, this week, the previous weeks' mean. */
export function itemFigureRows({
  figures: f,
  baseline: b,
}: Pick<ReviewItem, 'figures' | 'baseline'>): [string, string, string][] {
  const before = (value: number | undefined, show: (v: number) => string) =>
    value === undefined ? '–' : show(value);
  return [
    ['Sessions', String(f.sessions), '–'],
    ['Unique users', String(f.users), '–'],
    ['Coverage', pct(f.coveragePct), '–'],
    [
      'Hesitation score',
      String(f.hesitationScore),
      before(b?.hesitationScore, (v) => String(Math.round(v))),
    ],
    ['Completion', pct(f.completionPct), before(b?.completionPct, pct)],
    ['Attempts with an error', pct(f.errorRatePct), before(b?.errorRatePct, pct)],
    ['Workaround rate', pct(f.workaroundPct), before(b?.workaroundPct, pct)],
    [
      'Time to complete (P50 / P90)',
      `${duration(f.timeToComplete.p50Ms)} / ${duration(f.timeToComplete.p90Ms)}`,
      '–',
    ],
    ['Attempts given up here', String(f.abandoned), '–'],
  ];
}

/** An item's top errors as sentences. */
export function itemErrors(item: ReviewItem): string[] {
  return item.figures.errors
    .slice(0, 3)
    .map(
      (e) =>
        `${errorWords(e.kind)} on ${e.button}: ${count(e.count, 'time')}, ` +
        `${count(e.attempts, 'attempt')}, ${count(e.users, 'user')}`,
    );
}

/** The columns of the table of all clusters. */
export const CLUSTER_COLUMNS = [
  'Flow › step',
  'Cohort',
  'Signal',
  'Sessions',
  'Users',
  'Coverage',
  'Hesitation',
  'Completion',
  'Workaround',
  'Errors',
  'Δ hesitation',
  'Δ completion',
  'Score',
] as const;

/** One cluster as a row of `CLUSTER_COLUMNS`. */
export function clusterCells(cluster: Cluster): string[] {
  const { figures: f, baseline: b } = cluster;
  return [
    `${cluster.pathName} › ${cluster.stepName}`,
    cluster.cohortLabel,
    signalWords(cluster.signal),
    String(f.sessions),
    String(f.users),
    pct(f.coveragePct),
    String(f.hesitationScore),
    pct(f.completionPct),
    pct(f.workaroundPct),
    pct(f.errorRatePct),
    b ? signedPoints(f.hesitationScore - b.hesitationScore) : '–',
    b ? signedPoints(f.completionPct - b.completionPct) : '–',
    cluster.score.toFixed(2),
  ];
}

/** The columns of a before/after table. */
export const METRIC_COLUMNS = ['Figure', 'Before', 'After', 'Test', 'p', 'Verdict'] as const;

/** One figure of a comparison as a row of `METRIC_COLUMNS`. */
export function metricCells(metric: MetricComparison): string[] {
  const show = (value: number | null) => {
    if (value === null) return '–';
    if (metric.unit === 'ms') return duration(value);
    return metric.metric === 'hesitation' ? String(Math.round(value)) : pct(value);
  };
  return [
    METRIC_TITLES[metric.metric],
    `${show(metric.before)} (n = ${metric.beforeN})`,
    `${show(metric.after)} (n = ${metric.afterN})`,
    metric.test === 'two_proportion_z' ? 'two-proportion z' : 'Mann–Whitney U',
    pValue(metric.pValue),
    VERDICT_WORDS[metric.verdict],
  ];
}

/** An intervention's heading and what it was about. */
export function interventionHeading(comparison: Comparison, kind: string, day: string): string {
  const where = [
    comparison.pathName,
    comparison.stepName === null ? null : `"${comparison.stepName}"`,
    comparison.cohortLabel,
  ]
    .filter((part) => part !== null)
    .join(' · ');
  const verdict = VERDICT_WORDS[comparison.verdict];
  return `${kind.replace('_', ' ')} on ${dayWithWeekday(day)} — ${where}: ${verdict}`;
}

/** The heading over the top problems: `Top 3 problems`, `Top problem`, or `Top problems` for none. */
export function topHeading(count: number): string {
  if (count === 1) return 'Top problem';
  return count === 0 ? 'Top problems' : `Top ${count} problems`;
}
