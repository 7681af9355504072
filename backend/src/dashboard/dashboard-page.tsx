import { dayWithWeekday } from '../../../core/analysis/format.ts';
import type { ReviewItem } from '../../../core/analysis/index.ts';
import { moduleLabel } from '../../../core/analysis/modules.ts';
import { clusterId } from '../clusters/index.ts';
import { DEFAULT_TREND_WEEKS } from '../trends/index.ts';
import { CauseBadge } from './badges.tsx';
import { ClusterTable } from './cluster-table.tsx';
import { formatCount } from './count-cells.tsx';
import { FilterForm } from './filter-form.tsx';
import { HintOutcomeTable } from './hint-outcome-table.tsx';
import { Layout } from './layout.tsx';
import { apiPath, linkTo, orgPath } from './links.ts';
import type { DashboardView } from './load-dashboard.ts';
import { QuestionBox } from './question-box.tsx';
import { SignalCharts } from './signal-charts.tsx';
import { EmptyState, SummarySection } from './summary-tables.tsx';
import { neighbourWeeks } from './week-options.ts';

/**
 * An organisation's issue dashboard for a week: the top problems, the four signals over the
 * last weeks, the clusters, what became of the hints, a question box, and everything received.
 */
export function DashboardPage({ view, token }: { view: DashboardView; token: string }) {
  const { org, week, review, module, cohort } = view;
  const home = orgPath(org.id);
  const keep = { week, module, cohort };
  const { previous, next } = neighbourWeeks(week);
  const nothingYet = view.latestWeek === null && view.summary.totals.sessions === 0;

  return (
    <Layout
      wide
      title={org.name}
      crumbs={[{ label: 'Organisations', href: linkTo('/orgs', token) }]}
      subtitle={`${week} · ${dayWithWeekday(review.range.from)} to ${dayWithWeekday(review.range.to)}`}
    >
      {nothingYet ? (
        <EmptyState orgName={org.name} />
      ) : (
        <>
          <ul class="actions">
            <li>
              <a href={linkTo(home, token, { ...keep, week: previous })}>← {previous}</a>
            </li>
            <li>
              <a href={linkTo(home, token, { ...keep, week: next })}>{next} →</a>
            </li>
            <li>
              <a href={linkTo(orgPath(org.id, 'review'), token, { week })}>Weekly review</a>
            </li>
            <li>
              <a href={linkTo(orgPath(org.id, 'compare'), token)}>Interventions and before/after</a>
            </li>
            <li>
              <a href={linkTo(apiPath(org.id, 'export.csv'), token, { week })}>Spreadsheet (CSV)</a>
            </li>
          </ul>
          <FilterForm
            action={home}
            token={token}
            weeks={view.weeks}
            week={week}
            module={module}
            cohort={cohort}
            cohorts={review.cohorts}
          />
          {review.totals.attempts === 0 && view.latestWeek !== null && (
            <p class="notice">
              No attempt at a golden path in {week}. The latest data is from {view.latestWeek}:{' '}
              <a href={linkTo(home, token, { ...keep, week: view.latestWeek })}>
                open {view.latestWeek}
              </a>
              .
            </p>
          )}
          <ul class="totals">
            <li>
              Sessions <strong>{formatCount(review.totals.sessions)}</strong>
            </li>
            <li>
              Attempts <strong>{formatCount(review.totals.attempts)}</strong>
            </li>
            <li>
              Unique users <strong>{formatCount(review.totals.users)}</strong>
            </li>
          </ul>
          <TopProblems items={review.top} orgId={org.id} token={token} week={week} />
          <section>
            <h2>Signals over {DEFAULT_TREND_WEEKS} weeks</h2>
            <p class="muted">{filterWords(module, cohort, view.review.cohorts)}</p>
            <SignalCharts weeks={view.trend} />
          </section>
          <section>
            <h2>Clusters</h2>
            {view.clusters.length === 0 ? (
              <p class="muted">
                No friction signal in {week} for{' '}
                {filterWords(module, cohort, review.cohorts).toLowerCase()}
              </p>
            ) : (
              <ClusterTable
                clusters={view.clusters}
                href={(cluster) =>
                  linkTo(orgPath(org.id, 'clusters', clusterId(cluster)), token, { week })
                }
              />
            )}
          </section>
          <section>
            <h2>Hint outcomes per step</h2>
            <HintOutcomeTable steps={view.hints} />
          </section>
          <QuestionBox
            action={home}
            token={token}
            keep={keep}
            question={view.question}
            answer={view.answer}
          />
          {view.summary.totals.sessions > 0 ? (
            <SummarySection summary={view.summary} />
          ) : (
            <section>
              <h2>Everything received</h2>
              <p class="muted">No screen counts have been received yet.</p>
            </section>
          )}
        </>
      )}
    </Layout>
  );
}

function TopProblems(props: { items: ReviewItem[]; orgId: string; token: string; week: string }) {
  const { items, orgId, token, week } = props;
  return (
    <section>
      <h2>This week's top problems</h2>
      {items.length === 0 ? (
        <p class="muted">No step is above the review's bar this week.</p>
      ) : (
        <ol class="cards">
          {items.map((item) => (
            <li class="card">
              <h3>
                {item.rank}.{' '}
                <a
                  href={linkTo(
                    orgPath(orgId, 'clusters', clusterId({ ...item, cohort: item.cohorts[0]! })),
                    token,
                    { week },
                  )}
                >
                  {item.stepName}
                </a>
              </h3>
              <p>
                {item.pathName}, {moduleLabel(item.module)}
              </p>
              <p>
                <CauseBadge cause={item.cause} /> {item.evidence[0]?.text}
              </p>
              <p class="muted">
                {item.cohortLabels.join('; ')}. {item.pseudonyms.length} users with friction.
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function filterWords(
  module: string | undefined,
  cohort: string | undefined,
  cohorts: readonly { key: string; label: string }[],
): string {
  const what = module === undefined ? 'Every module' : moduleLabel(module);
  const who =
    cohort === undefined
      ? 'every cohort'
      : (cohorts.find((candidate) => candidate.key === cohort)?.label ?? cohort);
  return `${what}, ${who}.`;
}
