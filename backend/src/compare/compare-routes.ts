import { Hono } from 'hono';
import { z } from 'zod';

import { compareWindows, type CompareTarget } from '../../../core/analysis/index.ts';
import { checkCohort, loadAnalysisInput, spanOf } from '../analysis-data/index.ts';
import { apiError } from '../http/api-error.ts';
import type { AppEnv } from '../http/app-env.ts';
import { parseQuery } from '../http/parse-query.ts';
import {
  cohortParam,
  dayRangeParam,
  pathParam,
  stepOfPath,
  stepParam,
} from '../http/query-params.ts';
import { readableOrg, requireReadAccess } from '../http/require-read-access.ts';
import type { Store } from '../store/index.ts';

/** What a before/after is asked with; the dashboard's compare page takes the same. */
export const compareQuery = z
  .object({
    path: pathParam,
    step: stepParam.optional(),
    cohort: cohortParam.optional(),
    before: dayRangeParam,
    after: dayRangeParam,
  })
  .superRefine(stepOfPath)
  .superRefine(({ before, after }, ctx) => {
    // A day in both windows would be counted on both sides, and blur the very difference asked.
    if (before.from <= after.to && after.from <= before.to) {
      ctx.addIssue({
        code: 'custom',
        path: ['after'],
        message: `shares days with before (${before.from}..${before.to}): give two windows apart`,
      });
    }
  });

/** `GET /v1/orgs/:org/compare`: a path, or one step of it, before against after. */
export function compareRoutes(store: Store): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/v1/orgs/:org/compare', requireReadAccess(store), async (c) => {
    const parsed = parseQuery(c, compareQuery);
    if (!parsed.ok) return apiError(c, parsed.code, parsed.message);
    const { path, step, cohort, before, after } = parsed.query;

    const { input } = await loadAnalysisInput(store, readableOrg(c), () => spanOf(before, after));
    const refusal = checkCohort(input, cohort);
    if (refusal) return apiError(c, refusal.code, refusal.message);

    const target: CompareTarget = {
      path,
      ...(step === undefined ? {} : { step }),
      ...(cohort === undefined ? {} : { cohort }),
    };
    return c.json(compareWindows(input, target, before, after));
  });

  return app;
}
