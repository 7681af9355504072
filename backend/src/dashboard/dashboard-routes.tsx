import { Hono } from 'hono';
import { z } from 'zod';

import { currentWeek } from '../analysis-data/index.ts';
import type { AppEnv } from '../http/app-env.ts';
import { parseQuery } from '../http/parse-query.ts';
import { cohortParam, moduleParam, questionParam, weekParam } from '../http/query-params.ts';
import type { Store } from '../store/index.ts';
import { badLink } from './bad-link.tsx';
import { clusterPageRoute } from './cluster-page-route.tsx';
import { comparePageRoute } from './compare-page-route.tsx';
import { DashboardPage } from './dashboard-page.tsx';
import { htmlResponse } from './html-response.ts';
import { linkTo, orgPath } from './links.ts';
import { loadDashboard } from './load-dashboard.ts';
import { LandingPage } from './message-page.tsx';
import { orgListPageRoute } from './org-list-page-route.tsx';
import { orgPageAccess } from './page-access.tsx';
import { reviewPageRoute } from './review-page-route.tsx';

const dashboardQuery = z.object({
  week: weekParam.optional(),
  module: moduleParam.optional(),
  cohort: cohortParam.optional(),
  q: questionParam.optional(),
});

/**
 * The pages people open in a browser: the landing page, a partner's organisations, and each
 * organisation's dashboard, clusters, weekly review and before/after. Every page reads the
 * token from `?token=` and carries it on in its links.
 */
export function dashboardRoutes(store: Store, now: () => number): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/', (c) => htmlResponse(c, <LandingPage />));
  app.get('/orgs', orgListPageRoute(store, now));

  app.get('/orgs/:org', async (c) => {
    const access = await orgPageAccess(c, store);
    if (!access.ok) return access.response;
    const { org, token } = access;

    const parsed = parseQuery(c, dashboardQuery, { strict: false });
    if (!parsed.ok) return badLink(c, parsed, linkTo(orgPath(org.id), token), org.name);
    const current = currentWeek(now());
    const view = await loadDashboard(store, org, {
      ...parsed.query,
      week: parsed.query.week ?? current,
      current,
      question: parsed.query.q,
    });
    if ('code' in view) return badLink(c, view, linkTo(orgPath(org.id), token), org.name);
    return htmlResponse(c, <DashboardPage view={view} token={token} />);
  });

  app.get('/orgs/:org/review', reviewPageRoute(store, now));
  app.get('/orgs/:org/compare', comparePageRoute(store, now));
  app.get('/orgs/:org/clusters/:cluster', clusterPageRoute(store, now));

  return app;
}
