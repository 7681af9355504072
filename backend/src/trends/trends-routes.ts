import { Hono } from 'hono';
import { z } from 'zod';

import { weeksBefore } from '../../../core/analysis/index.ts';
import {
  checkCohort,
  currentWeek,
  loadAnalysisInput,
  trendWindow,
} from '../analysis-data/index.ts';
import { apiError } from '../http/api-error.ts';
import type { AppEnv } from '../http/app-env.ts';
import { parseQuery } from '../http/parse-query.ts';
import {
  cohortParam,
  moduleParam,
  pathParam,
  stepOfPath,
  stepParam,
  weekParam,
  weeksParam,
} from '../http/query-params.ts';
import { readableOrg, requireReadAccess } from '../http/require-read-access.ts';
import type { Store } from '../store/index.ts';
import { signalTrends } from './signal-trends.ts';
import type { TrendList } from './trends-schema.ts';
import type { TrendFilter } from './types.ts';

/** Weeks a trend shows when `weeks` is not given: two months, enough to see a change settle. */
export const DEFAULT_TREND_WEEKS = 8;

const trendsQuery = z
  .object({
    weeks: weeksParam.optional(),
    week: weekParam.optional(),
    module: moduleParam.optional(),
    path: pathParam.optional(),
    step: stepParam.optional(),
    cohort: cohortParam.optional(),
  })
  .superRefine(stepOfPath);

/** `GET /v1/orgs/:org/trends`: the four signals week by week, up to `week`. */
export function trendsRoutes(store: Store, now: () => number): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/v1/orgs/:org/trends', requireReadAccess(store), async (c) => {
    const parsed = parseQuery(c, trendsQuery);
    if (!parsed.ok) return apiError(c, parsed.code, parsed.message);
    const {
      weeks: count = DEFAULT_TREND_WEEKS,
      week: last = currentWeek(now()),
      ...rest
    } = parsed.query;
    const filter: TrendFilter = Object.fromEntries(
      Object.entries(rest).filter(([, value]) => value !== undefined),
    );
    const org = readableOrg(c);

    const { input } = await loadAnalysisInput(store, org, () => trendWindow(last, count));
    const refusal = checkCohort(input, filter.cohort);
    if (refusal) return apiError(c, refusal.code, refusal.message);

    const weeks = [...weeksBefore(last, count - 1), last];
    const list: TrendList = { org, filter, weeks: signalTrends(input, weeks, filter) };
    return c.json(list);
  });

  return app;
}
