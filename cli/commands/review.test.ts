import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  vi,
  type MockInstance,
} from 'vitest';

import { silentLogger } from '../../backend/src/logger.ts';
import { startBackend, type RunningBackend } from '../../backend/src/start.ts';
import {
  CONTOSO,
  NORTH_PARTNER,
  NORTHWIND,
  SOUTH_PARTNER,
  TEST_ORGANISATIONS,
  TEST_PARTNERS,
} from '../../backend/src/testing/fixtures.ts';
import { seedScenario } from '../../backend/src/testing/seed-scenario.ts';
import { SCENARIO_NOW, scenarioWithHints } from '../../backend/src/testing/seeded-scenario.ts';
import { main } from '../main.ts';

let backend: RunningBackend;
let stdout: MockInstance<typeof process.stdout.write>;
let log: MockInstance<typeof console.log>;
let error: MockInstance<typeof console.error>;
let dir: string;

beforeAll(async () => {
  backend = await startBackend({
    organisations: TEST_ORGANISATIONS,
    partners: TEST_PARTNERS,
    now: () => SCENARIO_NOW,
    logger: silentLogger,
  });
  await seedScenario(await scenarioWithHints(), {
    backendUrl: backend.url,
    org: NORTHWIND.id,
    ingestToken: NORTHWIND.ingestToken,
    readToken: NORTH_PARTNER.readToken,
  });
}, 60_000);
afterAll(() => backend.close());

beforeEach(() => {
  stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
  error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  dir = mkdtempSync(path.join(tmpdir(), 'pathlight-review-'));
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

const printed = () => stdout.mock.calls.map((call) => String(call[0])).join('');
const errorLine = () => String(error.mock.calls[0]?.[0]);

function review(...args: string[]): Promise<number> {
  return main(['review', '--backend', backend.url, ...args]);
}

describe('pathlight review', () => {
  it('prints the Markdown review of a week, top problems first', async () => {
    const code = await review(
      '--org',
      'northwind',
      '--week',
      '2026-W48',
      '--token',
      NORTH_PARTNER.readToken,
    );

    expect(code).toBe(0);
    const markdown = printed();
    expect(markdown).toMatch(/^# Weekly review — Northwind \\<Furniture> & Sons, 2026-W48\n/);
    expect(markdown.match(/^### \d\. .*$/gm)?.slice(0, 3)).toEqual([
      '### 1. "Validate the delivery" — Deliver goods, Inventory (stock)',
      '### 2. "Set the storage location" — Put away received goods, Inventory (stock)',
      '### 3. "Check the draft bill" — Vendor bill to payment, Invoicing (account)',
    ]);
  });

  it('writes the HTML page to a file, with the token and backend from the environment', async () => {
    vi.stubEnv('PATHLIGHT_TOKEN', NORTH_PARTNER.readToken);
    vi.stubEnv('PATHLIGHT_BACKEND_URL', `${backend.url}/`);
    const out = path.join(dir, 'calls', 'review.html');

    const code = await main([
      'review',
      '--org',
      'northwind',
      '--week',
      '2026-W49',
      '--format',
      'html',
      '--out',
      out,
    ]);

    expect(code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^<!doctype html>[\s\S]*Weekly review — Northwind/);
    expect(printed()).toBe('');
    expect(log.mock.calls[0]?.[0]).toBe(`Wrote the weekly review of northwind to ${out}`);
  });

  it("reviews the backend's current week when no week is given", async () => {
    await review('--org', 'northwind', '--token', NORTH_PARTNER.readToken);

    expect(printed()).toMatch(/^# Weekly review — .*, 2026-W49\n/);
  });

  it('says the backend is unreachable, naming its address and how to start it', async () => {
    const closed = await freePort();

    const code = await main([
      'review',
      '--org',
      'northwind',
      '--token',
      NORTH_PARTNER.readToken,
      '--backend',
      `http://127.0.0.1:${closed}`,
    ]);

    expect(code).toBe(1);
    expect(errorLine()).toBe(
      `pathlight review: cannot reach the backend at http://127.0.0.1:${closed} (ECONNREFUSED): ` +
        'start it with "npm run backend", or give its address with --backend URL or ' +
        'PATHLIGHT_BACKEND_URL [backend_unreachable]',
    );
  });

  it('reaches a backend behind a path prefix, as a reverse proxy serves it', async () => {
    const proxy = createHttpServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://proxy');
      if (!url.pathname.startsWith('/pathlight/v1/')) {
        response.writeHead(404).end();
        return;
      }
      void fetch(`${backend.url}${url.pathname.slice('/pathlight'.length)}${url.search}`, {
        headers: { authorization: request.headers.authorization ?? '' },
      }).then(async (answer) => {
        response.writeHead(answer.status).end(await answer.text());
      });
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const { port } = proxy.address() as AddressInfo;

    const code = await main([
      'review',
      '--org',
      'northwind',
      '--week',
      '2026-W48',
      '--token',
      NORTH_PARTNER.readToken,
      '--backend',
      `http://127.0.0.1:${port}/pathlight`,
    ]);
    proxy.close();

    expect(code).toBe(0);
    expect(printed()).toMatch(/^# Weekly review/);
  });

  it.each([
    [['--token', 'not-a-real-token-123'], 'invalid_token', 'the backend refused the token'],
    [['--token', CONTOSO.ingestToken], 'invalid_token', 'the backend refused the token'],
    [['--token', SOUTH_PARTNER.readToken], 'wrong_org', 'this read token belongs to partner'],
  ])('refuses %j for northwind with %s', async (args, code, message) => {
    expect(await review('--org', 'northwind', ...args)).toBe(1);
    expect(errorLine()).toContain(`pathlight review: ${message}`);
    expect(errorLine()).toMatch(new RegExp(`\\[${code}\\]$`));
  });

  it('says which organisations do not exist', async () => {
    expect(await review('--org', 'acme', '--token', NORTH_PARTNER.readToken)).toBe(1);
    expect(errorLine()).toBe(
      'pathlight review: there is no organisation "acme". Check --org. [unknown_org]',
    );
  });

  it('refuses a week that is not an ISO week before asking, with exit 2', async () => {
    expect(await review('--org', 'northwind', '--week', '2026-49', '--token', 'x')).toBe(2);
    expect(errorLine()).toBe(
      'pathlight review: --week "2026-49" must be an ISO week such as 2026-W49 [invalid_week]',
    );
  });

  it('asks for a token when none is given', async () => {
    vi.stubEnv('PATHLIGHT_TOKEN', '');

    expect(await review('--org', 'northwind')).toBe(2);
    expect(errorLine()).toBe(
      'pathlight review: no read token: give --token TOKEN or set PATHLIGHT_TOKEN [missing_token]',
    );
  });

  it('says when --out cannot be written', async () => {
    const blocker = path.join(dir, 'a-file');
    writeFileSync(blocker, '');

    const code = await review(
      '--org',
      'northwind',
      '--week',
      '2026-W48',
      '--token',
      NORTH_PARTNER.readToken,
      '--out',
      path.join(blocker, 'review.md'),
    );

    expect(code).toBe(1);
    expect(errorLine()).toBe(
      `pathlight review: --out "${path.join(blocker, 'review.md')}" is inside "${blocker}", ` +
        'which is a file: give a file in a folder [out_unwritable]',
    );
  });

  it('refuses a missing --org and an unknown format as usage errors', async () => {
    expect(await review('--token', 'x')).toBe(2);
    expect(await review('--org', 'northwind', '--format', 'pdf', '--token', 'x')).toBe(2);

    expect(error.mock.calls.map((call) => String(call[0]))).toEqual([
      'pathlight review: missing --org: give the organisation id; see "pathlight review --help" [usage]',
      'pathlight review: --format "pdf" must be markdown or html; see "pathlight review --help" [usage]',
    ]);
  });
});

/** A port nothing listens on: taken from the system, then let go. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
