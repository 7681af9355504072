import pg from 'pg';

import { MIGRATIONS } from './migrations/index.ts';
import { runMigrations } from './migrate.ts';
import { BackendError } from '../backend-error.ts';
import type { Logger } from '../logger.ts';
import type { Queryable, Store } from './types.ts';

/** Opens a pool on a PostgreSQL server and checks that it answers. */
export async function openPostgresStore(databaseUrl: string, logger: Logger): Promise<Store> {
  const pool = new pg.Pool({ connectionString: databaseUrl });
  // An idle client whose connection drops emits 'error' on the pool; unheard, it ends the process.
  pool.on('error', (error) => logger.warn('postgres idle client error', { error: error.message }));

  // A pool connects lazily; asking now turns a wrong URL into a start-up error, not a 500 later.
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end();
    throw new BackendError(
      'database_unreachable',
      `Cannot connect to PostgreSQL at ${redactPassword(databaseUrl)}: ${String(error)}. ` +
        'Check DATABASE_URL and that the server is running.',
      { cause: error },
    );
  }

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
    close: () => pool.end(),
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

function redactPassword(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return '(a DATABASE_URL that is not a valid URL)';
  }
}
