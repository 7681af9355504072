import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { BackendError } from './backend-error.ts';
import { MAX_INGEST_BODY_BYTES } from './ingest/index.ts';
import { silentLogger } from './logger.ts';
import { startBackend, type RunningBackend } from './start.ts';
import { batch, row } from './testing/fixtures.ts';

const INGEST_HEADERS = {
  authorization: 'Bearer demo-ingest-token',
  'content-type': 'application/json',
};

describe('startBackend', () => {
  let backend: RunningBackend;
  let closed = false;

  beforeAll(async () => {
    backend = await startBackend({ port: 0, logger: silentLogger });
  }, 60_000);
  afterAll(() => (closed ? undefined : backend?.close()));

  it('serves the demo organisation over HTTP on a free port', async () => {
    expect(backend.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    const ingest = await fetch(`${backend.url}/v1/ingest`, {
      method: 'POST',
      headers: INGEST_HEADERS,
      body: JSON.stringify(batch([row({ events: 7 })])),
    });
    const page = await fetch(`${backend.url}/orgs/demo?token=demo-read-token`);

    expect(ingest.status).toBe(202);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Events <strong>7</strong>');
  });

  it('lets each demo partner read its own organisation only', async () => {
    const read = (org: string, token: string) =>
      fetch(`${backend.url}/v1/orgs/${org}/summary`, {
        headers: { authorization: `Bearer ${token}` },
      }).then((response) => response.status);

    expect(await read('demo', 'demo-partner-token')).toBe(200);
    expect(await read('acme', 'demo-partner-token')).toBe(403);
    expect(await read('acme', 'other-partner-token')).toBe(200);
    expect(await read('demo', 'other-partner-token')).toBe(403);
  });

  it('refuses a declared Content-Length above the limit before reading the body', async () => {
    const response = await fetch(`${backend.url}/v1/ingest`, {
      method: 'POST',
      headers: INGEST_HEADERS,
      body: JSON.stringify({ padding: 'x'.repeat(MAX_INGEST_BODY_BYTES + 1024) }),
    });

    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: 'body_too_large' } });
  });

  // Last in this block: it closes the shared backend.
  it('stops listening once closed', async () => {
    await backend.close();
    closed = true;

    await expect(fetch(`${backend.url}/healthz`)).rejects.toThrow();
  });

  it('throws a BackendError naming a missing organisations file', async () => {
    const start = startBackend({ organisationsFile: '/nowhere/orgs.json', logger: silentLogger });

    await expect(start).rejects.toBeInstanceOf(BackendError);
    await expect(start).rejects.toMatchObject({
      code: 'orgs_file_unreadable',
      message: expect.stringContaining('/nowhere/orgs.json'),
    });
  });
});
