import { duration, pct, signedPoints } from '../../../core/analysis/format.ts';
import type { Cluster } from '../../../core/analysis/index.ts';
import { signalWords } from '../../../core/analysis/review-text.ts';
import { formatCount } from './count-cells.tsx';

export interface ClusterTableProps {
  clusters: readonly Cluster[];
  /** The link of each cluster's page. */
  href: (cluster: Cluster) => string;
  /** Whether the cohort column is worth showing (a table of one cohort leaves it out). */
  showCohort?: boolean;
}

/**
 * The clusters with the figures partners read (DESIGN.md, "Per cluster"). Under hesitation,
 * completion and workaround, the change in points against the previous weeks' mean: beside the
 * figure it changes, where the eye already is, and coloured only when it is more than noise.
 */
export function ClusterTable({ clusters, href, showCohort = true }: ClusterTableProps) {
  return (
    <div class="table-wrap">
      <p class="muted legend">
        Under hesitation, completion and workaround: the change in points against the previous
        weeks' mean.
      </p>
      <table class="stack clusters">
        <thead>
          <tr>
            <th scope="col">Cluster</th>
            {showCohort && <th scope="col">Cohort</th>}
            <th scope="col">Signal</th>
            <th scope="col" class="num">
              Sessions
            </th>
            <th scope="col" class="num">
              Coverage %
            </th>
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
              Workaround rate
            </th>
            <th scope="col" class="num">
              Time to complete
            </th>
          </tr>
        </thead>
        <tbody>
          {clusters.map((cluster) => (
            <ClusterRow cluster={cluster} href={href(cluster)} showCohort={showCohort} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ClusterRow({
  cluster,
  href,
  showCohort,
}: {
  cluster: Cluster;
  href: string;
  showCohort: boolean;
}) {
  const { figures: f, baseline: b } = cluster;
  return (
    <tr>
      <td class="name" data-label="Cluster">
        <a href={href}>{cluster.stepName}</a>
        <span class="sub">{cluster.pathName}</span>
      </td>
      {showCohort && (
        <td class="cohort" data-label="Cohort">
          {cluster.cohortLabel}
        </td>
      )}
      <td data-label="Signal">{signalWords(cluster.signal)}</td>
      <td class="num" data-label="Sessions">
        {formatCount(f.sessions)}
      </td>
      <td class="num" data-label="Coverage %">
        {pct(f.coveragePct)}
      </td>
      <td class="num" data-label="Unique users">
        {formatCount(f.users)}
      </td>
      <td class="num" data-label="Hesitation score">
        <span>
          {f.hesitationScore}
          <Change now={f.hesitationScore} before={b?.hesitationScore} better="down" />
        </span>
      </td>
      <td class="num" data-label="Completion %">
        <span>
          {pct(f.completionPct)}
          <Change now={f.completionPct} before={b?.completionPct} better="up" />
        </span>
      </td>
      <td class="num" data-label="Workaround rate">
        <span>
          {pct(f.workaroundPct)}
          <Change now={f.workaroundPct} before={b?.workaroundPct} better="down" />
        </span>
      </td>
      <td class="num" data-label="Time to complete">
        {duration(f.timeToComplete.p50Ms)}
      </td>
    </tr>
  );
}

/** A figure's change against the previous weeks' mean; `new` when nobody reached it before. */
export function Change(props: { now: number; before: number | undefined; better: 'up' | 'down' }) {
  if (props.before === undefined) return <span class="sub">new</span>;
  const change = props.now - props.before;
  return (
    <span class={`sub ${tone(change, props.better)}`} title={`previous weeks: ${props.before}`}>
      {signedPoints(change)}
    </span>
  );
}

/** Changes under 5 points are everyday noise: left uncoloured. */
function tone(change: number, better: 'up' | 'down'): string {
  if (Math.abs(change) < 5) return '';
  return change > 0 === (better === 'up') ? 'better' : 'worse';
}
