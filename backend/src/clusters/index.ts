export { clusterId, parseClusterId } from './cluster-id.ts';
export type { ClusterKey } from './cluster-id.ts';
export { clustersOperation } from './clusters-operation.ts';
export { clustersRoutes } from './clusters-routes.ts';
export type { ClusterList, IdentifiedCluster } from './clusters-schema.ts';
export { filterClusters } from './filter-clusters.ts';
export type { ClusterFilter } from './filter-clusters.ts';
