import { describe, expect, it } from 'vitest';

import type { ApiError } from '../../core/sync/index.ts';
import { createApp } from './app.ts';
import { createLogger, type LogLevel } from './logger.ts';
import type { Store } from './store/index.ts';

/** A store whose every query fails, standing in for a bug or a lost database. */
const brokenStore: Store = {
  engine: 'pglite',
  query: () => Promise.reject(new Error('relation "secret_table" does not exist')),
  exec: () => Promise.reject(new Error('broken')),
  transaction: () => Promise.reject(new Error('broken')),
  migrate: () => Promise.resolve([]),
  close: () => Promise.resolve(),
};

function appWithLog() {
  const lines: { line: string; level: LogLevel }[] = [];
  const logger = createLogger({ write: (line, level) => lines.push({ line, level }) });
  return { app: createApp({ store: brokenStore, logger }), lines };
}

describe('createApp', () => {
  it('answers /healthz without touching the store', async () => {
    const { app } = appWithLog();

    const response = await app.request('/healthz');

    expect(await response.json()).toEqual({ ok: true });
  });

  it('logs one line per request with method, path without query, status and time', async () => {
    const { app, lines } = appWithLog();

    await app.request('/healthz?token=secret-read-token');

    expect(lines).toHaveLength(1);
    const [{ line, level }] = lines as [{ line: string; level: LogLevel }];
    expect(level).toBe('info');
    expect(line.startsWith('[pathlight:backend] ')).toBe(true);
    expect(JSON.parse(line.slice('[pathlight:backend] '.length))).toMatchObject({
      msg: 'request',
      method: 'GET',
      path: '/healthz',
      status: 200,
      ms: expect.any(Number),
    });
    expect(line).not.toContain('secret-read-token');
  });

  it('answers 500 internal_error without internals and logs the stack', async () => {
    const { app, lines } = appWithLog();

    const response = await app.request('/v1/orgs/northwind/summary', {
      headers: { authorization: 'Bearer some-read-token' },
    });

    const text = await response.text();
    expect(response.status).toBe(500);
    expect((JSON.parse(text) as ApiError).error.code).toBe('internal_error');
    expect(text).not.toContain('secret_table');
    const errorLine = lines.find((entry) => entry.level === 'error')?.line ?? '';
    expect(errorLine).toContain('secret_table');
    expect(errorLine).toContain('"stack"');
  });

  it('answers a page, not JSON, when a dashboard fails', async () => {
    const { app } = appWithLog();

    const response = await app.request('/orgs/northwind?token=some-read-token');

    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).not.toContain('secret_table');
  });

  it('answers 404 not_found as JSON under /v1 and as a page elsewhere', async () => {
    const { app } = appWithLog();

    const api = await app.request('/v1/nothing');
    const page = await app.request('/nothing');

    expect(api.status).toBe(404);
    expect(((await api.json()) as ApiError).error.code).toBe('not_found');
    expect(page.status).toBe(404);
    expect(await page.text()).toContain('Page not found');
  });

  it('answers 405 method_not_allowed, with Allow, for an endpoint called with another method', async () => {
    const { app } = appWithLog();

    const ingest = await app.request('/v1/ingest');
    const interventions = await app.request('/v1/orgs/northwind/interventions', {
      method: 'DELETE',
    });

    expect(ingest.status).toBe(405);
    expect(ingest.headers.get('allow')).toBe('POST');
    expect(((await ingest.json()) as ApiError).error).toEqual({
      code: 'method_not_allowed',
      message: '/v1/ingest answers POST, not GET.',
    });
    expect(interventions.status).toBe(405);
    expect(interventions.headers.get('allow')).toBe('GET, POST');
  });
});
