import type { Handler } from 'hono';
import { z } from 'zod';

import {
  addDays,
  compareWindows,
  interventionOutcome,
  weekRange,
  weeksBefore,
} from '../../../core/analysis/index.ts';
import {
  checkCohort,
  cohortsOf,
  currentWeek,
  interventionsWindow,
  loadAnalysisInput,
  spanOf,
} from '../analysis-data/index.ts';
import type { AppEnv } from '../http/app-env.ts';
import { parseQuery } from '../http/parse-query.ts';
import {
  cohortParam,
  dayRangeParam,
  pathParam,
  stepOfPath,
  stepParam,
} from '../http/query-params.ts';
import type { Store } from '../store/index.ts';
import { ComparePage } from './compare-page.tsx';
import { htmlResponse } from './html-response.ts';
import { apiPath } from './links.ts';
import { orgPageAccess } from './page-access.tsx';

const comparePageQuery = z
  .object({
    path: pathParam.optional(),
    step: stepParam.optional(),
    cohort: cohortParam.optional(),
    before: dayRangeParam.optional(),
    after: dayRangeParam.optional(),
  })
  .superRefine(stepOfPath);

/**
 * `GET /orgs/:org/compare?token=&path=&step=&cohort=&before=&after=`: the compare form, the
 * comparison once it names a path and both windows, and the interventions with theirs. A value
 * that does not work is said above the form, which keeps what was typed (status 400).
 */
export function comparePageRoute(store: Store, now: () => number): Handler<AppEnv> {
  return async (c) => {
    const access = await orgPageAccess(c, store);
    if (!access.ok) return access.response;
    const { org, token } = access;

    const parsed = parseQuery(c, comparePageQuery, { strict: false });
    const query = parsed.ok ? parsed.query : {};
    const windows = [query.before, query.after].filter((range) => range !== undefined);
    const { input } = await loadAnalysisInput(store, org, (recorded) =>
      spanOf(interventionsWindow(recorded), ...windows),
    );

    let problem = parsed.ok ? (checkCohort(input, query.cohort)?.message ?? null) : parsed.message;
    if (!problem && query.path && windows.length < 2) {
      problem = `${query.before ? 'after' : 'before'} is missing: give both windows`;
    }
    const { path, step, cohort, before, after } = query;
    const comparison =
      problem === null && path && before && after
        ? compareWindows(
            input,
            { path, ...(step ? { step } : {}), ...(cohort ? { cohort } : {}) },
            before,
            after,
          )
        : null;

    const defaults = defaultWindows(now());
    const raw = (name: string) => c.req.query(name) || undefined;
    return htmlResponse(
      c,
      <ComparePage
        org={org}
        token={token}
        values={{
          path: raw('path'),
          step: raw('step'),
          cohort: raw('cohort'),
          before: raw('before') ?? defaults.before,
          after: raw('after') ?? defaults.after,
        }}
        cohorts={cohortsOf(input)}
        comparison={comparison}
        problem={problem}
        outcomes={(input.interventions ?? []).map((intervention) =>
          interventionOutcome(input, intervention),
        )}
        recordUrl={new URL(apiPath(org.id, 'interventions'), c.req.url).toString()}
      />,
      problem === null ? 200 : 400,
    );
  };
}

/** The four weeks before this one against this week, as the form suggests them. */
function defaultWindows(now: number): { before: string; after: string } {
  const week = currentWeek(now);
  const { from, to } = weekRange(week);
  const start = weekRange(weeksBefore(week, 4)[0]!).from;
  return { before: `${start}..${addDays(from, -1)}`, after: `${from}..${to}` };
}
