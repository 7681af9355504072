import {
  buildClusters,
  MIN_AFFECTED_USERS,
  MIN_FRICTION_ATTEMPTS,
  MIN_REVIEW_SEVERITY,
  weekRange,
  weeksBefore,
  type Cluster,
  type IsoWeek,
  type ReviewItem,
} from '../../../core/analysis/index.ts';
import { loadReview } from '../analysis-data/index.ts';
import type { ClusterKey } from '../clusters/index.ts';
import { stepHintOutcomes, type StepHintOutcomes } from '../hint-outcomes/index.ts';
import type { Organisation } from '../organisations/index.ts';
import type { Store } from '../store/index.ts';
import { signalTrends, type WeekSignals } from '../trends/index.ts';

/** Weeks of a cluster's history shown: the review's baseline weeks and the week itself. */
const HISTORY_WEEKS = 5;

/** The cohorts at a cluster's step, and whether the review counts each as affected. */
export interface PeerCluster {
  cluster: Cluster;
  affected: boolean;
}

/** What a cluster's page shows. */
export interface ClusterView {
  org: Organisation;
  week: IsoWeek;
  cluster: Cluster;
  /** The review's problem at the cluster's step, when it is one of the week's top ones. */
  item: ReviewItem | null;
  /** The cluster's step week by week, oldest first, ending with `week`. */
  history: WeekSignals[];
  /** Every cohort's cluster at the same step, highest score first. */
  peers: PeerCluster[];
  hints: StepHintOutcomes[];
}

/** The evidence behind one cluster of `week`; null when the week has no such cluster. */
export async function loadClusterPage(
  store: Store,
  org: Organisation,
  week: IsoWeek,
  key: ClusterKey,
): Promise<ClusterView | null> {
  const { review, data } = await loadReview(store, org, week);
  const { input } = data;
  const atStep = buildClusters(input, week).filter(
    (cluster) => cluster.path === key.path && cluster.step === key.step,
  );
  const cluster = atStep.find((candidate) => candidate.cohort === key.cohort);
  if (!cluster) return null;

  const filter = { path: key.path, cohort: key.cohort };
  return {
    org,
    week,
    cluster,
    item: review.top.find((item) => item.path === key.path && item.step === key.step) ?? null,
    history: signalTrends(input, [...weeksBefore(week, HISTORY_WEEKS - 1), week], {
      ...filter,
      step: key.step,
    }),
    peers: atStep.map((peer) => ({ cluster: peer, affected: isAffected(peer) })),
    hints: stepHintOutcomes(input, weekRange(week), filter).filter((s) => s.step === key.step),
  };
}

/** The review's bar for a cohort to count as affected at a step (docs/analysis.md, Ranking). */
function isAffected(cluster: Cluster): boolean {
  return (
    cluster.severity >= MIN_REVIEW_SEVERITY &&
    cluster.pseudonyms.length >= MIN_AFFECTED_USERS &&
    cluster.figures.frictionAttempts >= MIN_FRICTION_ATTEMPTS
  );
}
