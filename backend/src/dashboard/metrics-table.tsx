import type { Comparison, InterventionOutcome } from '../../../core/analysis/index.ts';
import {
  interventionHeading,
  METRIC_COLUMNS,
  metricCells,
} from '../../../core/analysis/review-text.ts';
import { VerdictBadge } from './badges.tsx';
import { linkTo, orgPath } from './links.ts';

/** A before/after figure by figure: each with its samples, test, p-value and verdict. */
export function MetricsTable({ comparison }: { comparison: Comparison }) {
  return (
    <div class="table-wrap">
      <table class="stack metrics">
        <thead>
          <tr>
            {METRIC_COLUMNS.map((column) => (
              <th scope="col">{column}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {comparison.metrics.map((metric) => (
            <tr class={metric.metric === comparison.primary ? 'current' : ''}>
              {metricCells(metric).map((cell, index) => (
                <td data-label={METRIC_COLUMNS[index]}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The compare page filled in with a comparison's target and windows. */
export function compareLink(orgId: string, token: string, comparison: Comparison): string {
  const { target, before, after } = comparison;
  return linkTo(orgPath(orgId, 'compare'), token, {
    path: target.path,
    step: target.step,
    cohort: target.cohort,
    before: `${before.from}..${before.to}`,
    after: `${after.from}..${after.to}`,
  });
}

/** An intervention, what it was for, and whether its target moved after it. */
export function OutcomeSection(props: {
  outcome: InterventionOutcome;
  orgId: string;
  token: string;
}) {
  const { intervention, comparison } = props.outcome;
  const { before, after } = comparison;
  return (
    <section class="item">
      <h3>{interventionHeading(comparison, intervention.kind, intervention.day)}</h3>
      {intervention.note && <blockquote>{intervention.note}</blockquote>}
      <p>
        <VerdictBadge verdict={comparison.verdict} /> {comparison.summary}
      </p>
      <p class="muted">
        Before: {before.from} to {before.to} · after: {after.from} to {after.to} · recorded as{' '}
        <code>{intervention.id}</code>
      </p>
      <MetricsTable comparison={comparison} />
      <p>
        <a href={compareLink(props.orgId, props.token, comparison)}>
          Open this before/after in the compare form
        </a>
      </p>
    </section>
  );
}
