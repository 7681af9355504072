import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';

import { API_INFO, API_OPERATIONS } from './api-operations.ts';
import { clustersRoutes } from './clusters/index.ts';
import { compareRoutes } from './compare/index.ts';
import { dashboardRoutes, internalErrorPage, notFoundPage } from './dashboard/index.ts';
import { exportRoutes } from './export/index.ts';
import { hintOutcomesRoutes } from './hint-outcomes/index.ts';
import { hintsRoutes } from './hints/index.ts';
import { apiError } from './http/api-error.ts';
import type { AppEnv } from './http/app-env.ts';
import { requestLog } from './http/request-log.ts';
import { ingestRoutes } from './ingest/index.ts';
import { interventionsRoutes } from './interventions/index.ts';
import { createLogger, type Logger } from './logger.ts';
import { buildOpenApiDocument, openApiRoutes } from './openapi/index.ts';
import { orgListRoutes } from './org-list/index.ts';
import { questionsRoutes } from './questions/index.ts';
import { reviewRoutes } from './review/index.ts';
import type { Store } from './store/index.ts';
import { summaryRoutes } from './summary/index.ts';
import { trendsRoutes } from './trends/index.ts';

export interface AppOptions {
  /** Opened and migrated, with the organisations already synced. */
  store: Store;
  /** Hears one line per request and every internal error. Default: stdout, level info. */
  logger?: Logger;
  /**
   * The clock, in ms since the epoch: it places the hint pack's window and picks "this week"
   * where a week is not given. Default `Date.now`.
   */
  now?: () => number;
}

const INTERNAL_ERROR_MESSAGE =
  'Something went wrong on our side and it has been logged. Try again later.';

/** The backend's HTTP app: the /v1 API, dashboard pages and health check. */
export function createApp({
  store,
  logger = createLogger(),
  now = Date.now,
}: AppOptions): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use(requestLog(logger));

  app.get('/healthz', (c) => c.json({ ok: true }));
  app.route('/', ingestRoutes(store));
  app.route('/', hintsRoutes(store, now));
  app.route('/', orgListRoutes(store));
  app.route('/', summaryRoutes(store));
  app.route('/', reviewRoutes(store, now));
  app.route('/', clustersRoutes(store, now));
  app.route('/', trendsRoutes(store, now));
  app.route('/', compareRoutes(store));
  app.route('/', interventionsRoutes(store));
  app.route('/', exportRoutes(store, now));
  app.route('/', questionsRoutes(store, now));
  app.route('/', hintOutcomesRoutes(store, now));
  app.route('/', openApiRoutes(buildOpenApiDocument(API_OPERATIONS, API_INFO)));
  app.route('/', dashboardRoutes(store, now));

  app.notFound((c) => {
    if (!isApiPath(c.req.path)) return notFoundPage(c);
    const allowed = methodsOf(c.req.path);
    if (allowed.length > 0) {
      c.header('Allow', allowed.join(', '));
      return apiError(
        c,
        'method_not_allowed',
        `${c.req.path} answers ${allowed.join(' and ')}, not ${c.req.method}.`,
      );
    }
    return apiError(c, 'not_found', `There is no ${c.req.method} ${c.req.path}.`);
  });

  app.onError((error, c) => {
    if (error instanceof HTTPException) return error.getResponse();

    // The stack stays in the log: a response body is no place for our internals.
    logger.error('request failed', {
      method: c.req.method,
      path: c.req.path,
      error: error.message,
      stack: error.stack,
    });
    if (!isApiPath(c.req.path)) return internalErrorPage(c, INTERNAL_ERROR_MESSAGE);
    return apiError(c, 'internal_error', INTERNAL_ERROR_MESSAGE);
  });

  return app;
}

/** The methods the documented endpoints answer at `path`, e.g. `["GET", "POST"]`. */
function methodsOf(path: string): string[] {
  const methods = API_OPERATIONS.filter((operation) => routePattern(operation.path).test(path)).map(
    (operation) => operation.method.toUpperCase(),
  );
  return [...new Set(methods)].sort();
}

/** `/v1/orgs/:org/review` as a pattern that matches `/v1/orgs/demo/review`. */
function routePattern(route: string): RegExp {
  const escaped = route.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:\w+/g, '[^/]+');
  return new RegExp(`^${escaped}/?$`);
}

function isApiPath(path: string): boolean {
  return path === '/v1' || path.startsWith('/v1/');
}
