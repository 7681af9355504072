import { Hono } from 'hono';

import { apiError } from '../http/api-error.ts';
import type { AppEnv } from '../http/app-env.ts';
import { bearerToken, refusalMessage } from '../http/bearer-token.ts';
import { checkReadAccess } from '../http/check-access.ts';
import { refuseQuery } from '../http/refuse-query.ts';
import type { Store } from '../store/index.ts';
import { loadSummary } from './load-summary.ts';

/** `GET /v1/orgs/:org/summary`: an organisation's counts as JSON, for its read token. */
export function summaryRoutes(store: Store): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/v1/orgs/:org/summary', refuseQuery, async (c) => {
    const orgId = c.req.param('org');
    const access = await checkReadAccess(store, bearerToken(c, { allowQuery: true }), orgId);
    if (!access.ok) return apiError(c, access.code, refusalMessage(c, access));

    c.set('orgId', access.org.id);
    c.header('Cache-Control', 'no-store');
    return c.json(await loadSummary(store, access.org));
  });

  return app;
}
