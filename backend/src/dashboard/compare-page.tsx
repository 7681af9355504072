import type {
  CohortSummary,
  Comparison,
  InterventionOutcome,
} from '../../../core/analysis/index.ts';
import type { Organisation } from '../organisations/index.ts';
import { VerdictBadge } from './badges.tsx';
import { CompareForm, type CompareFormValues } from './compare-form.tsx';
import { Layout } from './layout.tsx';
import { linkTo, orgPath } from './links.ts';
import { MetricsTable, OutcomeSection } from './metrics-table.tsx';

export interface ComparePageProps {
  org: Organisation;
  token: string;
  values: CompareFormValues;
  cohorts: readonly CohortSummary[];
  /** The comparison asked for; null until the form names a path and both windows. */
  comparison: Comparison | null;
  /** Why the values asked for cannot be compared, as a sentence naming the value. */
  problem: string | null;
  outcomes: InterventionOutcome[];
  /** The API address interventions are recorded at, for the example. */
  recordUrl: string;
}

/**
 * Before/after: any path or step in any two windows, with the significance of each change, and
 * every intervention recorded so far with its own before/after, one click from the form.
 */
export function ComparePage(props: ComparePageProps) {
  const { org, token, comparison } = props;
  return (
    <Layout
      title="Before and after"
      crumbs={[
        { label: 'Organisations', href: linkTo('/orgs', token) },
        { label: org.name, href: linkTo(orgPath(org.id), token) },
      ]}
      subtitle="Did a change work? A difference with p below 0.05 is taken as real."
    >
      <CompareForm
        action={orgPath(org.id, 'compare')}
        token={token}
        values={props.values}
        cohorts={props.cohorts}
      />
      {props.problem && (
        <p class="notice" role="alert">
          {props.problem}.
        </p>
      )}
      {comparison && (
        <section id="comparison">
          <h2>
            {comparison.stepName === null
              ? comparison.pathName
              : `"${comparison.stepName}" — ${comparison.pathName}`}
            {comparison.cohortLabel ? `, ${comparison.cohortLabel}` : ''}
          </h2>
          <p>
            <VerdictBadge verdict={comparison.verdict} /> {comparison.summary}
          </p>
          <MetricsTable comparison={comparison} />
        </section>
      )}
      <section>
        <h2>Recorded interventions</h2>
        {props.outcomes.length === 0 && <p>None recorded yet.</p>}
        {props.outcomes.map((outcome) => (
          <OutcomeSection outcome={outcome} orgId={org.id} token={token} />
        ))}
        <h3>Recording an intervention</h3>
        <p>
          When a training is given, a fix deployed or a screen reworded, record it with the read
          token of this page, and the review compares before and after from then on:
        </p>
        <pre>{recordExample(props.recordUrl)}</pre>
      </section>
    </Layout>
  );
}

function recordExample(url: string): string {
  return [
    `curl -X POST '${url}' \\`,
    '  -H "Authorization: Bearer $PATHLIGHT_TOKEN" -H "Content-Type: application/json" \\',
    `  -d '{"day": "2026-11-30", "kind": "training", "path": "inventory.putaway",`,
    `       "step": "destination", "cohort": "warehouse/north-site/new",`,
    `       "note": "Half an hour on the floor with the new operators"}'`,
  ].join('\n');
}
