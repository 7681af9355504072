import { mkdir } from 'node:fs/promises';

import { PGlite, type Transaction } from '@electric-sql/pglite';

import { MIGRATIONS } from './migrations/index.ts';
import { runMigrations } from './migrate.ts';
import type { Queryable, Store } from './types.ts';

const IN_MEMORY = 'memory://';

/** Opens embedded PostgreSQL (PGlite) in `dataDir`, or in memory for `memory://`. */
export async function openPgliteStore(dataDir: string): Promise<Store> {
  // PGlite leaves creating the parent folders to us.
  if (!dataDir.startsWith(IN_MEMORY)) await mkdir(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);

  const store: Store = {
    engine: 'pglite',
    ...queryable(db),
    transaction: (fn) => db.transaction((tx) => fn(queryable(tx))),
    migrate: () => runMigrations(store, MIGRATIONS),
    close: () => db.close(),
  };
  return store;
}

function queryable(db: PGlite | Transaction): Queryable {
  return {
    query: async <T>(sql: string, params: unknown[] = []) => (await db.query<T>(sql, params)).rows,
    exec: async (sql) => {
      await db.exec(sql);
    },
  };
}
