import { BackendError } from '../backend-error.ts';
import type { Migration, Queryable, Store } from './types.ts';

// Fixed and arbitrary: two servers starting on one PostgreSQL database take the same lock, so one
// waits while the other migrates instead of both creating the same tables.
const MIGRATION_LOCK_KEY = 7_245_001;

/** Applies the migrations the database has not seen, in one transaction; returns their names. */
export async function runMigrations(
  store: Pick<Store, 'transaction'>,
  migrations: readonly Migration[],
): Promise<string[]> {
  assertAscending(migrations);

  return store.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    await tx.exec(`
      CREATE TABLE IF NOT EXISTS migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )
    `);

    const done = await appliedVersions(tx);
    assertKnown(done, migrations);

    const applied: string[] = [];
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      applied.push(`${migration.version}-${migration.name}`);
    }
    return applied;
  });
}

async function appliedVersions(tx: Queryable): Promise<Set<number>> {
  const rows = await tx.query<{ version: number }>('SELECT version FROM migrations');
  return new Set(rows.map((row) => Number(row.version)));
}

function assertAscending(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    const previous = migrations[index - 1];
    if (previous && migration.version <= previous.version) {
      throw new Error(
        `Migration ${migration.version}-${migration.name} is listed after ` +
          `${previous.version}-${previous.name}: keep MIGRATIONS in ascending order.`,
      );
    }
  });
}

// A database that a newer Pathlight has migrated may hold tables this version does not
// understand; refusing to start is safer than writing into them.
function assertKnown(done: Set<number>, migrations: readonly Migration[]): void {
  const known = new Set(migrations.map((migration) => migration.version));
  const unknown = [...done].filter((version) => !known.has(version)).sort((a, b) => a - b);
  if (unknown.length === 0) return;

  throw new BackendError(
    'database_too_new',
    `The database has migration(s) ${unknown.join(', ')} that this version of Pathlight does ` +
      'not know. Run the newer Pathlight that applied them, or point DATABASE_URL / ' +
      'PATHLIGHT_DATA_DIR at another database.',
  );
}
