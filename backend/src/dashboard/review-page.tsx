import type { WeeklyReview } from '../../../core/analysis/index.ts';
import { reviewSubtitle } from '../../../core/analysis/review-text.ts';
import { clusterId } from '../clusters/index.ts';
import { ClusterTable } from './cluster-table.tsx';
import { Layout } from './layout.tsx';
import { apiPath, linkTo, orgPath } from './links.ts';
import { OutcomeSection } from './metrics-table.tsx';
import { ReviewItemSection } from './review-item.tsx';
import { neighbourWeeks } from './week-options.ts';

/** The weekly review as a page: what the partner brings to the call, and the proof after it. */
export function ReviewPage(props: { review: WeeklyReview; orgId: string; token: string }) {
  const { review, orgId, token } = props;
  const { week } = review;
  const page = orgPath(orgId, 'review');
  const { previous, next } = neighbourWeeks(week);

  return (
    <Layout
      wide
      title={`Weekly review, ${week}`}
      crumbs={[
        { label: 'Organisations', href: linkTo('/orgs', token) },
        { label: review.organisation, href: linkTo(orgPath(orgId), token, { week }) },
      ]}
      subtitle={reviewSubtitle(review)}
    >
      <ul class="actions">
        <li>
          <a href={linkTo(page, token, { week: previous })}>← {previous}</a>
        </li>
        <li>
          <a href={linkTo(page, token, { week: next })}>{next} →</a>
        </li>
        <li>
          <a href={linkTo(apiPath(orgId, 'review'), token, { week, format: 'markdown' })}>
            Markdown
          </a>
        </li>
        <li>
          <a href={linkTo(apiPath(orgId, 'review'), token, { week, format: 'html' })}>
            Standalone HTML
          </a>
        </li>
        <li>
          <a href={linkTo(apiPath(orgId, 'export.csv'), token, { week })}>Spreadsheet (CSV)</a>
        </li>
      </ul>
      <section>
        <h2>Top {review.top.length === 1 ? 'problem' : `${review.top.length} problems`}</h2>
        {review.top.length === 0 && <p>No step is above the review's bar this week.</p>}
        {review.top.map((item) => (
          <ReviewItemSection item={item} week={week} orgId={orgId} token={token} />
        ))}
      </section>
      <section>
        <h2>Interventions: did they work?</h2>
        {review.interventions.length === 0 && (
          <p>
            No intervention recorded by the end of {week}.{' '}
            <a href={linkTo(orgPath(orgId, 'compare'), token)}>How to record one</a>
          </p>
        )}
        {review.interventions.map((outcome) => (
          <OutcomeSection outcome={outcome} orgId={orgId} token={token} />
        ))}
      </section>
      <section>
        <h2>All clusters</h2>
        {review.clusters.length === 0 ? (
          <p>No signal was raised this week.</p>
        ) : (
          <ClusterTable
            clusters={review.clusters}
            href={(cluster) =>
              linkTo(orgPath(orgId, 'clusters', clusterId(cluster)), token, { week })
            }
          />
        )}
      </section>
      <section>
        <h2>Cohorts</h2>
        <div class="table-wrap">
          <table class="stack">
            <thead>
              <tr>
                <th scope="col">Cohort</th>
                <th scope="col" class="num">
                  Users
                </th>
                <th scope="col" class="num">
                  Sessions
                </th>
                <th scope="col">Merged from</th>
              </tr>
            </thead>
            <tbody>
              {review.cohorts.map((cohort) => (
                <tr>
                  <td data-label="Cohort">{cohort.label}</td>
                  <td class="num" data-label="Users">
                    {cohort.users}
                  </td>
                  <td class="num" data-label="Sessions">
                    {cohort.sessions}
                  </td>
                  <td data-label="Merged from">{cohort.mergedFrom.join(', ') || '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p class="muted">
          Cohorts with fewer users than the organisation's minimum are merged into "other", so no
          figure points at one or two people. Sessions count all weeks.
        </p>
      </section>
    </Layout>
  );
}
