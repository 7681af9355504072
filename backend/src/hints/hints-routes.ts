import { Hono } from 'hono';

import type { AppEnv } from '../http/app-env.ts';
import { requireIngestToken } from '../http/require-ingest-token.ts';
import { refuseQuery } from '../http/refuse-query.ts';
import { loadOrganisationSettings } from '../organisations/index.ts';
import type { Store } from '../store/index.ts';
import { loadHintPack } from './load-hint-pack.ts';

/**
 * How long a browser may keep a pack before asking again. A pack moves only as attempts arrive,
 * day by day, so an extension restarted within the hour loses nothing by reusing its copy.
 */
export const HINT_PACK_MAX_AGE_S = 3_600;

/** `GET /v1/hints`: the organisation's hint pack, for its extensions (ingest token). */
export function hintsRoutes(store: Store, now: () => number): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/v1/hints', requireIngestToken(store), refuseQuery, async (c) => {
    const orgId = c.get('orgId');
    if (!orgId) throw new Error('hints handler reached without an authorised organisation');
    const settings = await loadOrganisationSettings(store, orgId);
    if (!settings) throw new Error(`organisation ${orgId} vanished after its token was checked`);

    const pack = await loadHintPack(store, orgId, settings, now());
    // private: the pack is one organisation's, and the token in the request says which.
    c.header('Cache-Control', `private, max-age=${HINT_PACK_MAX_AGE_S}`);
    c.header('Vary', 'Authorization');
    return c.json(pack);
  });

  return app;
}
