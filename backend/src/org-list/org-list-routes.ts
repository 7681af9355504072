import { Hono } from 'hono';

import { apiError } from '../http/api-error.ts';
import type { AppEnv } from '../http/app-env.ts';
import { bearerToken, refusalMessage } from '../http/bearer-token.ts';
import { checkReader } from '../http/check-access.ts';
import { refuseQuery } from '../http/refuse-query.ts';
import type { Store } from '../store/index.ts';
import type { OrgList } from './org-list-schema.ts';

/**
 * `GET /v1/orgs`: the organisations a read token may read, by id. A partner sees the ones listed
 * for it in the organisations file; an organisation's own read token sees that organisation.
 */
export function orgListRoutes(store: Store): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/v1/orgs', refuseQuery, async (c) => {
    const access = await checkReader(store, bearerToken(c, { allowQuery: true }));
    if (!access.ok) return apiError(c, access.code, refusalMessage(c, access));

    c.header('Cache-Control', 'no-store');
    const list: OrgList = { organisations: access.reader.organisations };
    return c.json(list);
  });

  return app;
}
