import { describe, expect, it } from 'vitest';

import { createApp } from './app.ts';
import { silentLogger } from './logger.ts';
import { openApiPath, type JsonObject } from './openapi/index.ts';
import type { Store } from './store/index.ts';

/** The document needs no database: a store that is never asked anything. */
const unusedStore: Store = {
  engine: 'pglite',
  query: () => Promise.reject(new Error('not used')),
  exec: () => Promise.reject(new Error('not used')),
  transaction: () => Promise.reject(new Error('not used')),
  migrate: () => Promise.resolve([]),
  close: () => Promise.resolve(),
};

const app = createApp({ store: unusedStore, logger: silentLogger });

async function fetchDocument(): Promise<{
  response: Response;
  document: JsonObject & { paths: Record<string, Record<string, JsonObject>> };
}> {
  const response = await app.request('/v1/openapi.json');
  return { response, document: (await response.clone().json()) as never };
}

/** Every `METHOD /path` registered on the app under /v1, in OpenAPI's path spelling. */
function registeredApiRoutes(): string[] {
  const routes = app.routes
    .filter((route) => route.method !== 'ALL' && route.path.startsWith('/v1/'))
    .map((route) => `${route.method.toLowerCase()} ${openApiPath(route.path)}`);
  return [...new Set(routes)].sort();
}

function documentedRoutes(paths: Record<string, Record<string, JsonObject>>): string[] {
  return Object.entries(paths)
    .flatMap(([path, item]) => Object.keys(item).map((method) => `${method} ${path}`))
    .sort();
}

/** Every `$ref` anywhere in `value`. */
function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === '$ref' && typeof inner === 'string' ? [inner] : refsIn(inner),
  );
}

describe('GET /v1/openapi.json', () => {
  it('describes exactly the /v1 routes the app registers', async () => {
    const { document } = await fetchDocument();

    expect(documentedRoutes(document.paths)).toEqual(registeredApiRoutes());
    expect(registeredApiRoutes()).toEqual([
      'delete /v1/orgs/{org}/interventions/{id}',
      'get /v1/hints',
      'get /v1/openapi.json',
      'get /v1/orgs',
      'get /v1/orgs/{org}/clusters',
      'get /v1/orgs/{org}/compare',
      'get /v1/orgs/{org}/export.csv',
      'get /v1/orgs/{org}/hints/outcomes',
      'get /v1/orgs/{org}/interventions',
      'get /v1/orgs/{org}/questions',
      'get /v1/orgs/{org}/review',
      'get /v1/orgs/{org}/summary',
      'get /v1/orgs/{org}/trends',
      'post /v1/ingest',
      'post /v1/orgs/{org}/interventions',
    ]);
  });

  it('is an OpenAPI 3.1 document answered without a token', async () => {
    const { response, document } = await fetchDocument();

    expect(response.status).toBe(200);
    expect(document).toMatchObject({ openapi: '3.1.0', info: { title: 'Pathlight API' } });
  });

  it('points every $ref at a schema it defines', async () => {
    const { document } = await fetchDocument();
    const schemas = (document.components as { schemas: JsonObject }).schemas;

    const refs = new Set(refsIn(document));

    expect(refs.size).toBeGreaterThan(5);
    for (const ref of refs) {
      expect(ref).toMatch(/^#\/components\/schemas\//);
      expect(schemas[ref.slice('#/components/schemas/'.length)]).toBeDefined();
    }
  });

  it('describes the ingest body from the sync contract, attempts and sessions included', async () => {
    const { document } = await fetchDocument();
    const schemas = (document.components as { schemas: Record<string, JsonObject> }).schemas;
    const ingest = document.paths['/v1/ingest']?.post;

    expect(ingest).toMatchObject({
      security: [{ ingestToken: [] }],
      requestBody: {
        content: { 'application/json': { schema: { $ref: '#/components/schemas/IngestBatch' } } },
      },
      responses: {
        202: { content: { 'application/json': { schema: { $ref: expect.any(String) } } } },
        400: { description: expect.stringContaining('`invalid_body`') },
        401: { description: expect.stringContaining('`missing_token`') },
        413: { description: expect.stringContaining('`body_too_large`') },
        500: { description: expect.stringContaining('`internal_error`') },
      },
    });
    // Sent as clients send it: sessions and attempts may be left out.
    expect(schemas.IngestBatch?.required).toEqual(['batchId', 'client', 'rows']);
    expect(schemas.IngestBatch?.properties).toMatchObject({
      attempts: { items: { $ref: '#/components/schemas/AttemptRow' } },
      sessions: { items: { $ref: '#/components/schemas/SessionRow' } },
    });
    expect(schemas.AttemptRow?.properties).toMatchObject({
      steps: { items: { $ref: '#/components/schemas/AttemptStep' } },
    });
  });

  it('names the token, parameters and errors of a read endpoint', async () => {
    const { document } = await fetchDocument();

    expect(document.paths['/v1/orgs/{org}/summary']?.get).toMatchObject({
      security: [{ readToken: [] }, { readTokenQuery: [] }],
      parameters: [{ name: 'org', in: 'path', required: true, schema: { type: 'string' } }],
      responses: {
        403: { description: expect.stringContaining('`wrong_org`') },
        404: { description: expect.stringContaining('`unknown_org`') },
      },
    });
  });

  it('answers the hint pack with the schema the extension parses', async () => {
    const { document } = await fetchDocument();
    const schemas = (document.components as { schemas: Record<string, JsonObject> }).schemas;

    expect(document.paths['/v1/hints']?.get).toMatchObject({
      security: [{ ingestToken: [] }],
      responses: {
        200: {
          headers: { 'Cache-Control': expect.anything() },
          content: { 'application/json': { schema: { $ref: '#/components/schemas/HintPack' } } },
        },
      },
    });
    expect(schemas.HintPack?.required).toEqual([
      'format',
      'generatedAt',
      'minUsers',
      'paths',
      'incidents',
    ]);
  });
});
