import { Hono } from 'hono';
import { z } from 'zod';

import { buildClusters, weekRange } from '../../../core/analysis/index.ts';
import {
  checkCohort,
  currentWeek,
  loadAnalysisInput,
  reviewWindow,
} from '../analysis-data/index.ts';
import { apiError } from '../http/api-error.ts';
import type { AppEnv } from '../http/app-env.ts';
import { parseQuery } from '../http/parse-query.ts';
import { cohortParam, moduleParam, weekParam } from '../http/query-params.ts';
import { readableOrg, requireReadAccess } from '../http/require-read-access.ts';
import type { Store } from '../store/index.ts';
import { clusterId } from './cluster-id.ts';
import type { ClusterList } from './clusters-schema.ts';
import { filterClusters } from './filter-clusters.ts';

const clustersQuery = z.object({
  week: weekParam.optional(),
  module: moduleParam.optional(),
  cohort: cohortParam.optional(),
});

/**
 * `GET /v1/orgs/:org/clusters`: the week's clusters (path × step × cohort with a signal),
 * highest score first, narrowed to a module or a cohort.
 */
export function clustersRoutes(store: Store, now: () => number): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/v1/orgs/:org/clusters', requireReadAccess(store), async (c) => {
    const parsed = parseQuery(c, clustersQuery);
    if (!parsed.ok) return apiError(c, parsed.code, parsed.message);
    const { module, cohort } = parsed.query;
    const week = parsed.query.week ?? currentWeek(now());
    const org = readableOrg(c);

    // The review's window: a cluster's change is measured against the weeks before.
    const { input } = await loadAnalysisInput(store, org, () => reviewWindow(week, []));
    const refusal = checkCohort(input, cohort);
    if (refusal) return apiError(c, refusal.code, refusal.message);

    // As the review lists them: a step reached without any signal is no cluster of friction.
    const withSignal = buildClusters(input, week).filter((cluster) => cluster.signal !== null);
    const clusters = filterClusters(input, withSignal, { module, cohort });
    const list: ClusterList = {
      org,
      week,
      range: weekRange(week),
      module: module ?? null,
      cohort: cohort ?? null,
      clusters: clusters.map((cluster) => ({ id: clusterId(cluster), cluster })),
    };
    return c.json(list);
  });

  return app;
}
