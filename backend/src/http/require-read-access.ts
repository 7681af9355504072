import type { Context, MiddlewareHandler } from 'hono';

import type { Organisation } from '../organisations/index.ts';
import type { Store } from '../store/index.ts';
import { apiError } from './api-error.ts';
import type { AppEnv } from './app-env.ts';
import { bearerToken, refusalMessage } from './bearer-token.ts';
import { checkReadAccess } from './check-access.ts';

/**
 * Lets a request on `/v1/orgs/:org/...` through only with a read token that may read `:org`
 * (the organisation's own, or a partner's that lists it), and sets `org` and `orgId`. Answers
 * are the organisation's data, so none of them may be cached.
 */
export function requireReadAccess(store: Store): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = bearerToken(c, { allowQuery: true });
    const access = await checkReadAccess(store, token, c.req.param('org') ?? '');
    if (!access.ok) return apiError(c, access.code, refusalMessage(c, access));

    c.set('orgId', access.org.id);
    c.set('org', access.org);
    c.header('Cache-Control', 'no-store');
    await next();
  };
}

/** The organisation `requireReadAccess` let through; throws when the route forgot it. */
export function readableOrg(c: Context<AppEnv>): Organisation {
  const org = c.get('org');
  if (!org) throw new Error(`${c.req.path} was reached without requireReadAccess`);
  return org;
}
