import { Hono } from 'hono';

import type { AppEnv } from '../http/app-env.ts';
import type { JsonObject } from './build-document.ts';

/** `GET /v1/openapi.json`: the API's OpenAPI 3.1 document, built once at start. */
export function openApiRoutes(document: JsonObject): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/v1/openapi.json', (c) => c.json(document));

  return app;
}
