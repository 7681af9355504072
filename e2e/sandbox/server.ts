import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

import { serve } from '@hono/node-server';
import { Hono, type Context } from 'hono';

import { registerExportRoutes } from './export.ts';
import { STATIC_PREFIX, loginPage, shellPage } from './pages.ts';
import { registerRpcRoutes } from './rpc.ts';
import { sessionInfo } from './session-info.ts';
import { Sessions, parseVariant, safeRedirect, type Variant } from './sessions.ts';
import { SandboxStore } from './store.ts';
import { seedPatchSchema, type SeedPatch } from './types.ts';

/**
 * The Odoo-like sandbox: one server, two web clients (17 at `/web#…`, 18 at `/odoo/…`), state in
 * memory. See README.md in this folder for URLs, users, flows and selectors.
 */

export interface SandboxOptions {
  /** TCP port; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to listen on. Default `127.0.0.1`. */
  host?: string;
  /** Delay of every button call in ms, fixed or `[min, max]`. Default `[300, 600]`. */
  buttonDelayMs?: number | [number, number];
  /** Merged into the seed at start and after every reset (same shape as `POST /sandbox/seed`). */
  seed?: SeedPatch;
}

export interface Sandbox {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  url: string;
  port: number;
  /** The live records, for tests that want to look behind the UI. */
  store: SandboxStore;
  close(): Promise<void>;
  /** Restores the seed; sessions stay logged in. */
  reset(): void;
}

const PUBLIC_DIR = fileURLToPath(new URL('./public/', import.meta.url));
const STATIC_PATH = /^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)*\.(js|css)$/;

/** Starts the sandbox and resolves once it listens. */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const store = new SandboxStore(options.seed);
  const app = createApp(store, delayPicker(options.buttonDelayMs ?? [300, 600]));
  const host = options.host ?? '127.0.0.1';

  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const started = serve({ fetch: app.fetch, port: options.port ?? 0, hostname: host }, () =>
      resolve(started),
    );
    started.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://${host}:${port}`,
    port,
    store,
    reset: () => store.reset(),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Browsers keep connections alive; without this, close() waits for them to time out.
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  };
}

/** The sandbox's routes, without a listening server (handy for `app.request()` in tests). */
export function createApp(store: SandboxStore, buttonDelayMs: () => number = () => 0): Hono {
  const app = new Hono();
  const sessions = new Sessions();

  app.get('/', (c) => c.redirect('/odoo'));
  app.get('/favicon.ico', (c) => c.body(null, 204));

  app.get('/web/login', (c) => {
    const variant = parseVariant(c.req.query('variant'));
    return c.html(loginPage({ variant, redirect: c.req.query('redirect') ?? '' }));
  });
  app.post('/web/login', async (c) => {
    const form = await c.req.parseBody();
    const variant = parseVariant(form.variant);
    const login = String(form.login ?? '').trim();
    const user = store.data.users.find((u) => u.login === login);
    if (!user) {
      const page = loginPage({
        variant,
        redirect: String(form.redirect ?? ''),
        failedLogin: login,
      });
      return c.html(page, 200);
    }
    sessions.open(c, user.id, variant);
    return c.redirect(safeRedirect(form.redirect || undefined, variant), 303);
  });
  app.get('/web/session/logout', (c) => {
    sessions.close(c);
    return c.redirect('/web/login');
  });

  app.get('/sandbox/login', (c) => {
    const login = c.req.query('login') ?? '';
    const user = store.data.users.find((u) => u.login === login);
    if (!user)
      return c.text(
        `Unknown login "${login}". Seeded logins: ana, ben, chloe, dev, eve, femi.`,
        400,
      );
    const next = c.req.query('next');
    const variant = c.req.query('variant')
      ? parseVariant(c.req.query('variant'))
      : next?.startsWith('/web')
        ? 17
        : 18;
    sessions.open(c, user.id, variant);
    return c.redirect(safeRedirect(next, variant));
  });

  const shell = (variant: Variant) => (c: Context) => {
    const session = sessions.get(c);
    if (!session) {
      const url = new URL(c.req.url);
      const redirect = encodeURIComponent(url.pathname + url.search);
      return c.redirect(`/web/login?variant=${variant}&redirect=${redirect}`);
    }
    session.variant = variant;
    c.header('Cache-Control', 'no-store');
    return c.html(shellPage(variant, sessionInfo(store, session)));
  };
  app.get('/web', shell(17));
  app.get('/odoo', shell(18));
  app.get('/odoo/*', shell(18));

  registerRpcRoutes(app, { store, sessions, buttonDelayMs });
  registerExportRoutes(app, { store, sessions });

  app.post('/sandbox/reset', (c) => {
    store.reset();
    return c.json({ ok: true });
  });
  app.post('/sandbox/seed', async (c) => {
    const patch = seedPatchSchema.safeParse(await c.req.json().catch(() => null));
    if (!patch.success) {
      const message = `Expected {"<model>": {"<id>": {fields}}}: ${patch.error.issues[0]?.message}`;
      return c.json({ ok: false, code: 'invalid_seed_patch', message }, 400);
    }
    const result = store.applyPatch(patch.data);
    return c.json(result, result.ok ? 200 : 400);
  });
  app.get('/sandbox/state', (c) => c.json(store.data));

  app.get(`${STATIC_PREFIX}/*`, async (c) => {
    const path = c.req.path.slice(STATIC_PREFIX.length + 1);
    if (!STATIC_PATH.test(path)) return c.notFound();
    const body = await readFile(PUBLIC_DIR + path, 'utf8').catch(() => null);
    if (body === null) return c.notFound();
    c.header('Content-Type', path.endsWith('.css') ? 'text/css' : 'text/javascript');
    c.header('Cache-Control', 'no-store');
    return c.body(body);
  });

  return app;
}

function delayPicker(delay: number | [number, number]): () => number {
  if (typeof delay === 'number') return () => delay;
  const [min, max] = delay;
  return () => min + Math.round(Math.random() * Math.max(0, max - min));
}
