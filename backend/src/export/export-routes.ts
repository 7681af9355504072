import { Hono } from 'hono';
import { z } from 'zod';

import { exportRows, weekRange, type DayRange } from '../../../core/analysis/index.ts';
import { currentWeek, loadAnalysisInput } from '../analysis-data/index.ts';
import { apiError } from '../http/api-error.ts';
import type { AppEnv } from '../http/app-env.ts';
import { parseQuery } from '../http/parse-query.ts';
import { dayParam, weekParam } from '../http/query-params.ts';
import { readableOrg, requireReadAccess } from '../http/require-read-access.ts';
import type { Store } from '../store/index.ts';
import { exportCsv } from './export-csv.ts';

const exportQuery = z
  .object({ week: weekParam.optional(), from: dayParam.optional(), to: dayParam.optional() })
  .superRefine((query, ctx) => {
    const days = query.from !== undefined || query.to !== undefined;
    if (query.week !== undefined && days) {
      ctx.addIssue({ code: 'custom', message: 'give week, or from and to, not both' });
    } else if (days && (query.from === undefined || query.to === undefined)) {
      const missing = query.from === undefined ? 'from' : 'to';
      ctx.addIssue({ code: 'custom', path: [missing], message: 'comes with from and to both' });
    } else if (days && query.from! > query.to!) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: `must not come before from` });
    }
  });

/**
 * `GET /v1/orgs/:org/export.csv`: the clean spreadsheet of a week (default this week) or of the
 * days `from` to `to`, as a file to save.
 */
export function exportRoutes(store: Store, now: () => number): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/v1/orgs/:org/export.csv', requireReadAccess(store), async (c) => {
    const parsed = parseQuery(c, exportQuery);
    if (!parsed.ok) return apiError(c, parsed.code, parsed.message);
    const { from, to } = parsed.query;
    const week = parsed.query.week ?? currentWeek(now());
    const range: DayRange = from && to ? { from, to } : weekRange(week);
    const org = readableOrg(c);

    const { input } = await loadAnalysisInput(store, org, () => range);
    const name = from && to ? `${org.id}-${from}-to-${to}` : `${org.id}-${week}`;
    return c.body(exportCsv(exportRows(input, range)), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}.csv"`,
    });
  });

  return app;
}
