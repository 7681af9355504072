import type { Migration } from '../types.ts';

// Only SHA-256 hashes of tokens are kept, so a copy of the database cannot be used to post or
// read data. `active` lets an organisation removed from the organisations file lose access
// without deleting what it sent.
// `aggregate_rows` rather than `rows`: ROWS is an SQL keyword.
export const initial: Migration = {
  version: 1,
  name: 'initial',
  sql: `
    CREATE TABLE organisations (
      id text PRIMARY KEY,
      name text NOT NULL,
      ingest_token_sha256 text NOT NULL UNIQUE,
      read_token_sha256 text NOT NULL UNIQUE,
      active boolean NOT NULL DEFAULT true,
      updated_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE ingest_batches (
      org_id text NOT NULL REFERENCES organisations (id),
      batch_id uuid NOT NULL,
      client text NOT NULL,
      received_at timestamptz NOT NULL DEFAULT now(),
      row_count integer NOT NULL,
      PRIMARY KEY (org_id, batch_id)
    );

    CREATE TABLE aggregate_rows (
      org_id text NOT NULL,
      batch_id uuid NOT NULL,
      day date NOT NULL,
      flow text,
      app text,
      model text,
      view_type text,
      state text,
      user_pseudonym text,
      session_id text NOT NULL,
      events integer NOT NULL,
      FOREIGN KEY (org_id, batch_id) REFERENCES ingest_batches (org_id, batch_id)
    );

    CREATE INDEX aggregate_rows_org_day ON aggregate_rows (org_id, day);
  `,
};
