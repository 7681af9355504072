import { fileURLToPath } from 'node:url';

import { serve } from '@hono/node-server';

import { createApp } from './app.ts';
import { BackendError } from './backend-error.ts';
import { createLogger, type Logger } from './logger.ts';
import {
  loadOrganisationsFile,
  syncOrganisations,
  type OrganisationConfig,
  type PartnerConfig,
} from './organisations/index.ts';
import { openStore, type Store } from './store/index.ts';

/** The demo organisations shipped beside the backend, whatever the working directory. */
export const DEMO_ORGANISATIONS_FILE = fileURLToPath(
  new URL('../demo-organisations.json', import.meta.url),
);

export interface StartOptions {
  /** Port to listen on; 0 picks a free one. Default 0. */
  port?: number;
  /** Address to listen on. Default `127.0.0.1`. */
  host?: string;
  /** PostgreSQL connection string; when unset the store is PGlite in `dataDir`. */
  databaseUrl?: string;
  /** PGlite's folder. Default `memory://`, which keeps nothing after `close()`. */
  dataDir?: string;
  /** The organisations file. Default `backend/demo-organisations.json`. */
  organisationsFile?: string;
  /** Organisations given directly; when set, `organisationsFile` is not read. */
  organisations?: OrganisationConfig[];
  /** Partners given directly, with `organisations`. Default none. */
  partners?: PartnerConfig[];
  /** The clock, ms since the epoch. Default `Date.now`. */
  now?: () => number;
  /** Longest wait for PGlite to start. Default 60 s. */
  storeStartTimeoutMs?: number;
  /**
   * Called when the backend cannot safely go on: the PGlite folder's lock was lost, and the
   * store has closed itself. Default: the error is logged; requests then fail with 500.
   */
  onFatal?: (error: BackendError) => void;
  /** Default: stdout, level info. */
  logger?: Logger;
}

export interface RunningBackend {
  /** `http://host:port`, without a trailing slash. */
  url: string;
  store: Store;
  /** Stops listening, then closes the store (and releases the PGlite folder). */
  close(): Promise<void>;
}

/**
 * Opens and migrates the store, syncs the organisations and starts listening. Throws a
 * `BackendError` for anything an operator must fix (organisations file, database, PGlite
 * folder), after closing whatever it had opened.
 */
export async function startBackend(options: StartOptions = {}): Promise<RunningBackend> {
  const logger = options.logger ?? createLogger();
  const { organisations, partners } = options.organisations
    ? { organisations: options.organisations, partners: options.partners ?? [] }
    : await readOrganisations(options);

  // Nothing is written before openStore returns: by then a PGlite folder is locked for this
  // process, so a second backend on the same folder stops here and never syncs.
  const store = await openStore({
    databaseUrl: options.databaseUrl,
    dataDir: options.dataDir ?? 'memory://',
    startTimeoutMs: options.storeStartTimeoutMs,
    onLockLost: options.onFatal,
    logger,
  });
  try {
    const applied = await store.migrate();
    await syncOrganisations(store, organisations, partners);
    logger.info('store ready', {
      engine: store.engine,
      migrationsApplied: applied,
      organisations: organisations.map((org) => org.id),
      partners: partners.map((partner) => partner.id),
    });
  } catch (error) {
    await store.close();
    throw error;
  }

  const app = createApp({ store, logger, now: options.now });
  const host = options.host ?? '127.0.0.1';
  let listening: Awaited<ReturnType<typeof listen>>;
  try {
    listening = await listen(app.fetch, host, options.port ?? 0);
  } catch (error) {
    await store.close();
    throw error;
  }
  const { server, port } = listening;

  let closed: Promise<void> | undefined;
  const close = async () => {
    await new Promise<void>((resolve, reject) =>
      server.close((error) => (error ? reject(error) : resolve())),
    );
    await store.close();
  };

  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    store,
    close: () => (closed ??= close()),
  };
}

async function readOrganisations(
  options: StartOptions,
): Promise<{ organisations: OrganisationConfig[]; partners: PartnerConfig[] }> {
  const result = await loadOrganisationsFile(options.organisationsFile ?? DEMO_ORGANISATIONS_FILE);
  if (!result.ok) throw new BackendError(result.code, result.message);
  return { organisations: result.organisations, partners: result.partners };
}

function listen(
  fetch: Parameters<typeof serve>[0]['fetch'],
  hostname: string,
  port: number,
): Promise<{ server: ReturnType<typeof serve>; port: number }> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, hostname, port }, (info) => resolve({ server, port: info.port }));
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new BackendError(
          'listen_failed',
          `Cannot listen on ${hostname}:${port} (${error.code}). Choose another PORT or HOST.`,
          { cause: error },
        ),
      ),
    );
  });
}
