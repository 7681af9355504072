import type { Migration } from '../types.ts';

// What a partner did about a problem, recorded so that the review can show its before/after.
// The id is the server's, readable in a review ("training-2026-11-30"), and unique within the
// organisation only. `step` and `cohort` stay null when the intervention was about a whole path
// or every cohort, as the analysis reads them.
export const interventions: Migration = {
  version: 3,
  name: 'interventions',
  sql: `
    CREATE TABLE interventions (
      org_id text NOT NULL REFERENCES organisations (id),
      id text NOT NULL,
      day date NOT NULL,
      kind text NOT NULL,
      path text NOT NULL,
      step text,
      cohort text,
      note text NOT NULL DEFAULT '',
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, id)
    );

    CREATE INDEX interventions_org_day ON interventions (org_id, day);
  `,
};
