import { Hono } from 'hono';
import { z } from 'zod';

import { weekRange } from '../../../core/analysis/index.ts';
import { checkCohort, currentWeek, loadAnalysisInput } from '../analysis-data/index.ts';
import { apiError } from '../http/api-error.ts';
import type { AppEnv } from '../http/app-env.ts';
import { parseQuery } from '../http/parse-query.ts';
import { cohortParam, moduleParam, weekParam } from '../http/query-params.ts';
import { readableOrg, requireReadAccess } from '../http/require-read-access.ts';
import type { Store } from '../store/index.ts';
import type { HintOutcomeList } from './hint-outcomes-schema.ts';
import { stepHintOutcomes } from './step-hint-outcomes.ts';

const outcomesQuery = z.object({
  week: weekParam.optional(),
  module: moduleParam.optional(),
  cohort: cohortParam.optional(),
});

/** `GET /v1/orgs/:org/hints/outcomes`: what became of the week's hints, step by step. */
export function hintOutcomesRoutes(store: Store, now: () => number): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/v1/orgs/:org/hints/outcomes', requireReadAccess(store), async (c) => {
    const parsed = parseQuery(c, outcomesQuery);
    if (!parsed.ok) return apiError(c, parsed.code, parsed.message);
    const { module, cohort } = parsed.query;
    const week = parsed.query.week ?? currentWeek(now());
    const range = weekRange(week);
    const org = readableOrg(c);

    const { input } = await loadAnalysisInput(store, org, () => range);
    const refusal = checkCohort(input, cohort);
    if (refusal) return apiError(c, refusal.code, refusal.message);

    const list: HintOutcomeList = {
      org,
      week,
      range,
      module: module ?? null,
      cohort: cohort ?? null,
      steps: stepHintOutcomes(input, range, {
        ...(module === undefined ? {} : { module }),
        ...(cohort === undefined ? {} : { cohort }),
      }),
    };
    return c.json(list);
  });

  return app;
}
