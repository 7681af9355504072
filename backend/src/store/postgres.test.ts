import pg from 'pg';
import { describe, it } from 'vitest';

import { openTestStore } from '../testing/fixtures.ts';
import { storeContract } from '../testing/store-contract.ts';

/**
 * The store contract against a real PostgreSQL server. Set PATHLIGHT_TEST_DATABASE_URL (see
 * backend/README.md). Without it the suite is skipped locally, but fails in CI: CI must prove
 * that the SQL written against PGlite also runs on PostgreSQL.
 */

const DATABASE_URL = process.env.PATHLIGHT_TEST_DATABASE_URL;

// Everything happens in this schema, dropped and recreated at each run, so the suite can run
// again and again and never touches other tables of the database.
const TEST_SCHEMA = 'pathlight_test';

if (!DATABASE_URL && process.env.CI) {
  it('runs against PostgreSQL in CI', () => {
    throw new Error(
      'PATHLIGHT_TEST_DATABASE_URL is not set, and CI is. Start PostgreSQL and set it, e.g. ' +
        'postgres://pathlight:pathlight@127.0.0.1:5432/pathlight_test (see backend/README.md).',
    );
  });
}

describe.skipIf(!DATABASE_URL)('PostgreSQL store', () => {
  storeContract(async () => {
    const url = String(DATABASE_URL);
    await recreateSchema(url);
    return openTestStore({ databaseUrl: withSearchPath(url, TEST_SCHEMA) });
  });
});

async function recreateSchema(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${TEST_SCHEMA} CASCADE`);
    await client.query(`CREATE SCHEMA ${TEST_SCHEMA}`);
  } finally {
    await client.end();
  }
}

/** The same URL with every connection's search_path set to `schema`. */
function withSearchPath(databaseUrl: string, schema: string): string {
  const url = new URL(databaseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}
