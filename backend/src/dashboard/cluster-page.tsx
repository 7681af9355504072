import { count, errorWords, pct } from '../../../core/analysis/format.ts';
import type { Cluster } from '../../../core/analysis/index.ts';
import { moduleLabel } from '../../../core/analysis/modules.ts';
import {
  itemCauseDetails,
  itemFigureRows,
  signalWords,
} from '../../../core/analysis/review-text.ts';
import { clusterId } from '../clusters/index.ts';
import { CauseBadge } from './badges.tsx';
import { FigureTable } from './figure-table.tsx';
import { HintOutcomeTable } from './hint-outcome-table.tsx';
import { Layout } from './layout.tsx';
import type { ClusterView } from './load-cluster-page.ts';
import { linkTo, orgPath } from './links.ts';
import { PseudonymList } from './pseudonym-list.tsx';
import { SignalCharts } from './signal-charts.tsx';

/**
 * One cluster's evidence: its figures against the previous weeks, the signals and errors at the
 * step, the weeks before, every cohort at the same step with who met friction there, and the
 * likely cause when the step is one of the week's top problems.
 */
export function ClusterPage({ view, token }: { view: ClusterView; token: string }) {
  const { org, week, cluster, item } = view;
  const dashboard = linkTo(orgPath(org.id), token, { week });
  const review = linkTo(orgPath(org.id, 'review'), token, { week });

  return (
    <Layout
      wide
      title={cluster.stepName}
      crumbs={[
        { label: 'Organisations', href: linkTo('/orgs', token) },
        { label: org.name, href: dashboard },
      ]}
      subtitle={`${cluster.pathName}, ${moduleLabel(cluster.module)} · ${cluster.cohortLabel} · ${week} · signal: ${signalWords(cluster.signal)}`}
    >
      <section>
        <h2>Likely cause</h2>
        {item === null ? (
          <p>
            Not among the week's top problems (severity {cluster.severity.toFixed(2)}, score{' '}
            {cluster.score.toFixed(2)}). <a href={review}>See the weekly review</a>.
          </p>
        ) : (
          <>
            <p>
              <CauseBadge cause={item.cause} /> {sentenceCase(itemCauseDetails(item))}. Problem{' '}
              {item.rank} of the <a href={`${review}#problem-${item.rank}`}>weekly review</a>
              {item.cohorts.includes(cluster.cohort)
                ? '.'
                : `, for ${item.cohortLabels.join(', ')}; this cohort is not among those affected.`}
            </p>
            <ul>
              {item.evidence.map((evidence) => (
                <li>
                  {evidence.cause === item.cause ? '' : '(also) '}
                  {evidence.text}
                </li>
              ))}
            </ul>
            <h3>Proposed intervention: {item.intervention.title}</h3>
            <pre>{item.intervention.text}</pre>
          </>
        )}
      </section>
      <div class="two-columns">
        <section>
          <h2>Figures</h2>
          <FigureTable rows={itemFigureRows(cluster)} />
        </section>
        <section>
          <h2>Signals at this step</h2>
          <SignalList cluster={cluster} />
          <h2>Top errors</h2>
          <ErrorList cluster={cluster} />
        </section>
      </div>
      <section>
        <h2>This step in the previous weeks</h2>
        <p class="muted">
          {cluster.cohortLabel}, at "{cluster.stepName}" only. The previous weeks' mean the changes
          are measured against is{' '}
          {cluster.baseline
            ? `over ${count(cluster.baseline.weeks, 'week')}`
            : 'not known: nobody reached the step before'}
          .
        </p>
        <SignalCharts weeks={view.history} />
      </section>
      <section>
        <h2>Cohorts at this step</h2>
        <div class="table-wrap">
          <table class="stack">
            <thead>
              <tr>
                <th scope="col">Cohort</th>
                <th scope="col" class="num">
                  Unique users
                </th>
                <th scope="col" class="num">
                  Hesitation score
                </th>
                <th scope="col" class="num">
                  Completion %
                </th>
                <th scope="col" class="num">
                  Severity
                </th>
                <th scope="col">Affected</th>
                <th scope="col">Users with friction</th>
              </tr>
            </thead>
            <tbody>
              {view.peers.map(({ cluster: peer, affected }) => (
                <tr class={peer.cohort === cluster.cohort ? 'current' : ''}>
                  <td class="name" data-label="Cohort">
                    <a href={linkTo(orgPath(org.id, 'clusters', clusterId(peer)), token, { week })}>
                      {peer.cohortLabel}
                    </a>
                  </td>
                  <td class="num" data-label="Unique users">
                    {peer.figures.users}
                  </td>
                  <td class="num" data-label="Hesitation score">
                    {peer.figures.hesitationScore}
                  </td>
                  <td class="num" data-label="Completion %">
                    {pct(peer.figures.completionPct)}
                  </td>
                  <td class="num" data-label="Severity">
                    {peer.severity.toFixed(2)}
                  </td>
                  <td data-label="Affected">{affected ? 'yes' : 'no'}</td>
                  <td data-label="Users with friction">
                    <PseudonymList pseudonyms={peer.pseudonyms} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p class="muted">
          Pseudonyms, not names: the client's admin turns them into logins with{' '}
          <code>pathlight resolve</code>.
        </p>
      </section>
      <section>
        <h2>Hints at this step</h2>
        <HintOutcomeTable steps={view.hints} />
      </section>
    </Layout>
  );
}

function SignalList({ cluster }: { cluster: Cluster }) {
  const raised = Object.entries(cluster.figures.signals).sort(([, a], [, b]) => b - a);
  if (raised.length === 0) return <p class="muted">None raised.</p>;
  return (
    <ul>
      {raised.map(([kind, times]) => (
        <li>
          {signalWords(kind as Cluster['signal'])}: {count(times, 'time')}
        </li>
      ))}
    </ul>
  );
}

function ErrorList({ cluster }: { cluster: Cluster }) {
  const { errors } = cluster.figures;
  if (errors.length === 0) return <p class="muted">Odoo showed no error here.</p>;
  return (
    <ul>
      {errors.slice(0, 5).map((error) => (
        <li>
          {errorWords(error.kind)} on <code>{error.button}</code>: {count(error.count, 'time')},{' '}
          {count(error.attempts, 'attempt')}, {count(error.users, 'user')}
        </li>
      ))}
    </ul>
  );
}

/** `since Wed …` as the start of a sentence. */
function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
