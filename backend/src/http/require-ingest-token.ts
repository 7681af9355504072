import type { MiddlewareHandler } from 'hono';

import type { Store } from '../store/index.ts';
import { apiError } from './api-error.ts';
import type { AppEnv } from './app-env.ts';
import { bearerToken, refusalMessage } from './bearer-token.ts';
import { checkIngestAccess } from './check-access.ts';

const TOKEN_IN_URL_MESSAGE =
  'The ingest token was sent in the URL (?token=), where it is not accepted: URLs end up in ' +
  'proxy and server logs. Send it in the "Authorization: Bearer <ingest token>" header, and ' +
  'replace the token if that URL went over a network.';

/**
 * Lets a request through only with an organisation's ingest token, and sets `orgId` to that
 * organisation. Ingest tokens live in the extension's managed policy and travel in a header
 * only: a token in a URL ends up in proxy logs, so one sent there is not even looked at.
 */
export function requireIngestToken(store: Store): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = bearerToken(c, { allowQuery: false });
    if (!token && c.req.query('token') !== undefined) {
      return apiError(c, 'missing_token', TOKEN_IN_URL_MESSAGE);
    }

    const access = await checkIngestAccess(store, token);
    if (!access.ok) return apiError(c, access.code, refusalMessage(c, access));

    c.set('orgId', access.org.id);
    await next();
  };
}
