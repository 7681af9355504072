import type { Cluster } from '../../../core/analysis/index.ts';

/**
 * A cluster's id in URLs: `inventory.putaway~destination~warehouse~north-site~new`. Golden path
 * ids, step ids and cohort parts never hold a `~`, and unlike the cohort's `/` it needs no
 * escaping in a path segment, so the id reads as plainly as it is typed.
 */

const SEPARATOR = '~';

/** What names a cluster within a week. */
export type ClusterKey = Pick<Cluster, 'path' | 'step' | 'cohort'>;

/** The id of the cluster of `path`, `step` and `cohort`. */
export function clusterId({ path, step, cohort }: ClusterKey): string {
  return [path, step, ...cohort.split('/')].join(SEPARATOR);
}

/** The path, step and cohort an id names, or null when it is not shaped as one. */
export function parseClusterId(id: string): ClusterKey | null {
  const [path, step, ...cohort] = id.split(SEPARATOR);
  if (!path || !step || (cohort.length !== 1 && cohort.length !== 3)) return null;
  if (cohort.some((part) => part === '')) return null;
  return { path, step, cohort: cohort.join('/') };
}
