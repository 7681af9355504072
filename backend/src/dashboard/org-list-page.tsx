import type { IsoWeek, WeeklyReview } from '../../../core/analysis/index.ts';
import type { Organisation } from '../organisations/index.ts';
import { CauseBadge } from './badges.tsx';
import { formatCount } from './count-cells.tsx';
import { Layout } from './layout.tsx';
import { linkTo, orgPath } from './links.ts';

/** One organisation as the list shows it. */
export interface OrgLine {
  org: Organisation;
  review: WeeklyReview;
  /** The last day anything arrived; null when nothing has. */
  lastDay: string | null;
}

export interface OrgListPageProps {
  /** Who holds the token: the partner's name, or the organisation's. */
  holder: string;
  week: IsoWeek;
  lines: OrgLine[];
  token: string;
}

/** A partner's organisations: this week's sessions and top problem of each, before the calls. */
export function OrgListPage({ holder, week, lines, token }: OrgListPageProps) {
  return (
    <Layout title="Organisations" subtitle={`${holder} · this week is ${week}`}>
      {lines.length === 0 ? (
        <p>This token may read no organisation yet. Ask whoever runs Pathlight to add yours.</p>
      ) : (
        <div class="table-wrap">
          <table class="stack">
            <thead>
              <tr>
                <th scope="col">Organisation</th>
                <th scope="col" class="num">
                  Sessions this week
                </th>
                <th scope="col">Top problem this week</th>
                <th scope="col">Latest data</th>
              </tr>
            </thead>
            <tbody>
              {lines.map(({ org, review, lastDay }) => {
                const [top] = review.top;
                return (
                  <tr>
                    <td class="name" data-label="Organisation">
                      <a href={linkTo(orgPath(org.id), token)}>{org.name}</a>
                    </td>
                    <td class="num" data-label="Sessions this week">
                      {formatCount(review.totals.sessions)}
                    </td>
                    <td data-label="Top problem this week">
                      {top ? (
                        <>
                          <CauseBadge cause={top.cause} /> {top.stepName}
                          <span class="sub">
                            {top.pathName} — {top.cohortLabels.join('; ')}
                          </span>
                        </>
                      ) : (
                        <span class="muted">none above the review's bar</span>
                      )}
                    </td>
                    <td data-label="Latest data">{lastDay ?? 'nothing yet'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}
