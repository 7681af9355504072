import { datasetOf, shownCohort } from '../../../core/analysis/dataset.ts';
import type { AnalysisInput, Cluster } from '../../../core/analysis/index.ts';

/** A filter of the week's clusters; a field left out keeps every value. */
export interface ClusterFilter {
  module?: string;
  /** A cohort key; one merged into `other` keeps `other`'s clusters. */
  cohort?: string;
}

/** The clusters of `clusters` that `filter` keeps, in their order. */
export function filterClusters(
  input: AnalysisInput,
  clusters: readonly Cluster[],
  filter: ClusterFilter,
): Cluster[] {
  const cohort =
    filter.cohort === undefined ? undefined : shownCohort(datasetOf(input), filter.cohort);
  return clusters.filter(
    (cluster) =>
      (filter.module === undefined || cluster.module === filter.module) &&
      (cohort === undefined || cluster.cohort === cohort),
  );
}
