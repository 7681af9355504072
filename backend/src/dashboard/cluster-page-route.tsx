import type { Handler } from 'hono';
import { z } from 'zod';

import { currentWeek } from '../analysis-data/index.ts';
import { parseClusterId } from '../clusters/index.ts';
import type { AppEnv } from '../http/app-env.ts';
import { parseQuery } from '../http/parse-query.ts';
import { weekParam } from '../http/query-params.ts';
import type { Store } from '../store/index.ts';
import { badLink } from './bad-link.tsx';
import { ClusterPage } from './cluster-page.tsx';
import { htmlResponse } from './html-response.ts';
import { linkTo, orgPath } from './links.ts';
import { loadClusterPage } from './load-cluster-page.ts';
import { NotFoundHerePage } from './message-page.tsx';
import { orgPageAccess } from './page-access.tsx';

const clusterPageQuery = z.object({ week: weekParam.optional() });

/** `GET /orgs/:org/clusters/:cluster?token=&week=`: one cluster's evidence. */
export function clusterPageRoute(store: Store, now: () => number): Handler<AppEnv> {
  return async (c) => {
    const access = await orgPageAccess(c, store);
    if (!access.ok) return access.response;
    const { org, token } = access;

    const parsed = parseQuery(c, clusterPageQuery, { strict: false });
    if (!parsed.ok) return badLink(c, parsed, linkTo(orgPath(org.id), token), org.name);
    const week = parsed.query.week ?? currentWeek(now());
    const id = c.req.param('cluster') ?? '';
    const key = parseClusterId(id);
    const view = key && (await loadClusterPage(store, org, week, key));
    if (!view) {
      return htmlResponse(
        c,
        <NotFoundHerePage
          title="No such cluster this week"
          message={`Nobody reached "${id}" in ${week}: the link may be for another week, or the step's name may be mistyped.`}
          back={{ label: `${org.name}, ${week}`, href: linkTo(orgPath(org.id), token, { week }) }}
        />,
        404,
      );
    }
    return htmlResponse(c, <ClusterPage view={view} token={token} />);
  };
}
