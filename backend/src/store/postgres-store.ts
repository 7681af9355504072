import pg from 'pg';

import { MIGRATIONS } from './migrations/index.ts';
import { runMigrations } from './migrate.ts';
import { BackendError } from '../backend-error.ts';
import type { Logger } from '../logger.ts';
import type { Queryable, Store } from './types.ts';

/** Longest wait for a connection: pg waits forever by default, for a host that drops packets. */
export const CONNECT_TIMEOUT_MS = 10_000;

/** Opens a pool on a PostgreSQL server once one connection has proven the URL works. */
export async function openPostgresStore(databaseUrl: string, logger: Logger): Promise<Store> {
  await checkConnection(databaseUrl);

  const pool = new pg.Pool({
    connectionString: databaseUrl,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  // An idle client whose connection drops emits 'error' on the pool; unheard, it ends the process.
  pool.on('error', (error) => logger.warn('postgres idle client error', { error: error.message }));

  let closed: Promise<void> | undefined;
  const store: Store = {
    engine: 'postgres',
    ...queryable(pool),
    transaction: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(queryable(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    },
    migrate: () => runMigrations(store, MIGRATIONS),
    // pg throws when a pool is ended twice; the server and a failed start may both close it.
    close: () => (closed ??= pool.end()),
  };
  return store;
}

function queryable(db: pg.Pool | pg.PoolClient): Queryable {
  return {
    query: async <T>(sql: string, params: unknown[] = []) =>
      (await db.query(sql, params)).rows as T[],
    // Without parameters pg uses the simple protocol, which accepts several statements.
    exec: async (sql) => {
      await db.query(sql);
    },
  };
}

// A pool connects lazily, so without this a wrong URL would be a 500 at the first request. And
// a pool whose first connection fails keeps that client's socket open (pg 8.23, after "client
// password must be a string"), so the process never exits: a plain client, always ended, asks.
async function checkConnection(databaseUrl: string): Promise<void> {
  const client = new pg.Client({
    connectionString: databaseUrl,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  // connect() reports the failure; a second 'error' event for it must not end the process.
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new BackendError(
      'database_unreachable',
      `Cannot connect to PostgreSQL at ${redactPassword(databaseUrl)}: ${describe(error, databaseUrl)}`,
      { cause: error },
    );
  } finally {
    await client.end().catch(() => {});
  }
}

function describe(error: unknown, databaseUrl: string): string {
  const text = String(error);
  const asksForPassword =
    /client password must be a (non-empty )?string/.test(text) ||
    (error as { code?: string }).code === '28P01';
  if (asksForPassword && !hasPassword(databaseUrl)) {
    return (
      'the server requires a password and DATABASE_URL has none. Put it in the URL: ' +
      'postgres://USER:PASSWORD@HOST:PORT/DATABASE (or set PGPASSWORD).'
    );
  }
  return `${text}. Check DATABASE_URL and that the server is running.`;
}

function hasPassword(databaseUrl: string): boolean {
  try {
    return new URL(databaseUrl).password !== '' || Boolean(process.env.PGPASSWORD);
  } catch {
    return false;
  }
}

function redactPassword(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return '(a DATABASE_URL that is not a valid URL)';
  }
}
