import { MIN_REVIEW_SEVERITY } from './severity.ts';
import type { Cluster } from './types.ts';

/**
 * Issues: the clusters of one step of one path taken together, because a partner fixes a step,
 * not a cohort. The cohorts whose cluster is severe enough are the ones affected; the others at
 * the same step are their peers, which the cause rules compare them with.
 */

/**
 * Fewest users with friction for a cluster to count as affected: one person's bad day is not a
 * pattern, and a figure resting on one person points at them.
 */
export const MIN_AFFECTED_USERS = 2;

/** Fewest attempts in trouble for a cluster to count as affected: two can be chance. */
export const MIN_FRICTION_ATTEMPTS = 3;

export interface Issue {
  path: string;
  step: string;
  /** Every cohort's cluster at the step. */
  clusters: Cluster[];
  /**
   * The clusters with a severity of at least `MIN_REVIEW_SEVERITY`, `MIN_AFFECTED_USERS` users
   * and `MIN_FRICTION_ATTEMPTS` attempts with friction, highest score first.
   */
  affected: Cluster[];
  /** The affected clusters' scores added up: the users hit, weighted by how badly. */
  score: number;
}

/** Issues with at least one affected cohort, highest score first. */
export function rankIssues(clusters: readonly Cluster[]): Issue[] {
  const byStep = new Map<string, Cluster[]>();
  for (const cluster of clusters) {
    const key = `${cluster.path}\n${cluster.step}`;
    const group = byStep.get(key);
    if (group) group.push(cluster);
    else byStep.set(key, [cluster]);
  }

  const issues: Issue[] = [];
  for (const group of byStep.values()) {
    const affected = group
      .filter(
        (cluster) =>
          cluster.severity >= MIN_REVIEW_SEVERITY &&
          cluster.pseudonyms.length >= MIN_AFFECTED_USERS &&
          cluster.figures.frictionAttempts >= MIN_FRICTION_ATTEMPTS,
      )
      .sort((a, b) => b.score - a.score || a.cohort.localeCompare(b.cohort));
    if (affected.length === 0) continue;
    const score = affected.reduce((sum, cluster) => sum + cluster.score, 0);
    issues.push({
      path: group[0]!.path,
      step: group[0]!.step,
      clusters: group,
      affected,
      score: Math.round(score * 100) / 100,
    });
  }
  return issues.sort(
    (a, b) => b.score - a.score || a.path.localeCompare(b.path) || a.step.localeCompare(b.step),
  );
}
