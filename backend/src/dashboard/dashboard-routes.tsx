import { Hono } from 'hono';

import type { AppEnv } from '../http/app-env.ts';
import { bearerToken } from '../http/bearer-token.ts';
import { checkReadAccess } from '../http/check-access.ts';
import type { Store } from '../store/index.ts';
import { loadSummary } from '../summary/index.ts';
import { DashboardPage } from './dashboard-page.tsx';
import { htmlResponse } from './html-response.ts';
import { AccessDeniedPage, LandingPage } from './message-page.tsx';

const REFUSAL_TEXT = {
  missing_token: 'The link has no token.',
  invalid_token: 'The token in the link is not valid, or it has been replaced.',
  wrong_org: 'The token in the link may not read this organisation.',
  unknown_org: 'There is no organisation with the name in the link.',
} as const;

/** `GET /` and `GET /orgs/:org?token=<read token>`: the pages people open in a browser. */
export function dashboardRoutes(store: Store): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/', (c) => htmlResponse(c, <LandingPage />));

  app.get('/orgs/:org', async (c) => {
    const access = await checkReadAccess(
      store,
      bearerToken(c, { allowQuery: true }),
      c.req.param('org'),
    );
    if (!access.ok) {
      return htmlResponse(
        c,
        <AccessDeniedPage reason={REFUSAL_TEXT[access.code]} />,
        access.status,
      );
    }

    c.set('orgId', access.org.id);
    return htmlResponse(c, <DashboardPage summary={await loadSummary(store, access.org)} />);
  });

  return app;
}
