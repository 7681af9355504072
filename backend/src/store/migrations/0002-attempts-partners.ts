import type { Migration } from '../types.ts';

// Sessions and attempts keep the first batch that brought them: the extension may report the
// same session day, or an attempt, again in a later batch, and the primary keys make that a
// no-op instead of a second count. An attempt's steps and deviations stay jsonb: the analysis
// reads them whole, and their shape belongs to the sync contract, not to this schema.
// Partners hold only a read token (hashed); `partner_organisations` lists what each may read.
export const attemptsPartners: Migration = {
  version: 2,
  name: 'attempts-partners',
  sql: `
    ALTER TABLE organisations
      ADD COLUMN min_group_users integer NOT NULL DEFAULT 3,
      ADD COLUMN hint_window_days integer NOT NULL DEFAULT 28;

    ALTER TABLE ingest_batches
      ADD COLUMN session_count integer NOT NULL DEFAULT 0,
      ADD COLUMN attempt_count integer NOT NULL DEFAULT 0;

    CREATE TABLE sessions (
      org_id text NOT NULL,
      batch_id uuid NOT NULL,
      day date NOT NULL,
      session_id text NOT NULL,
      user_pseudonym text,
      role text,
      team text,
      tenure text,
      PRIMARY KEY (org_id, session_id, day),
      FOREIGN KEY (org_id, batch_id) REFERENCES ingest_batches (org_id, batch_id)
    );

    CREATE INDEX sessions_org_day ON sessions (org_id, day);

    CREATE TABLE attempts (
      org_id text NOT NULL,
      batch_id uuid NOT NULL,
      attempt_id uuid NOT NULL,
      day date NOT NULL,
      session_id text NOT NULL,
      user_pseudonym text,
      role text,
      team text,
      tenure text,
      path text NOT NULL,
      version integer NOT NULL,
      status text NOT NULL,
      end_reason text NOT NULL,
      duration_ms integer NOT NULL,
      workaround boolean NOT NULL,
      deviations jsonb NOT NULL,
      steps jsonb NOT NULL,
      PRIMARY KEY (org_id, attempt_id),
      FOREIGN KEY (org_id, batch_id) REFERENCES ingest_batches (org_id, batch_id)
    );

    CREATE INDEX attempts_org_day ON attempts (org_id, day);
    CREATE INDEX attempts_org_path ON attempts (org_id, path, day);

    CREATE TABLE partners (
      id text PRIMARY KEY,
      name text NOT NULL,
      read_token_sha256 text NOT NULL UNIQUE,
      active boolean NOT NULL DEFAULT true,
      updated_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE partner_organisations (
      partner_id text NOT NULL REFERENCES partners (id),
      org_id text NOT NULL REFERENCES organisations (id),
      PRIMARY KEY (partner_id, org_id)
    );
  `,
};
