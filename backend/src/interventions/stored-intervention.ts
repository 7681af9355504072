import { interventionSchema } from '../../../core/analysis/index.ts';
import { summariseIssues, toIssues } from '../zod-issues.ts';
import type { RecordedIntervention } from './types.ts';

// to_char: pg would hand dates and times over as JS Dates in local time, PGlite in UTC.
/** The columns `readStoredIntervention` reads, as it needs them. */
export const STORED_COLUMNS = `id, to_char(day, 'YYYY-MM-DD') AS day, kind, path, step, cohort,
  note, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS created_at`;

/** An `interventions` row as read with `STORED_COLUMNS`. */
export interface StoredIntervention {
  id: string;
  day: string;
  kind: string;
  path: string;
  step: string | null;
  cohort: string | null;
  note: string;
  created_at: string;
}

/**
 * A stored row as the analysis reads an intervention: a step or cohort left out is absent, not
 * null. Only parsed interventions are stored, so a row that no longer parses is a bug: it throws.
 */
export function readStoredIntervention(row: StoredIntervention): RecordedIntervention {
  const parsed = interventionSchema.safeParse({
    id: row.id,
    day: row.day,
    kind: row.kind,
    path: row.path,
    ...(row.step === null ? {} : { step: row.step }),
    ...(row.cohort === null ? {} : { cohort: row.cohort }),
    note: row.note,
  });
  if (!parsed.success) {
    throw new Error(
      `Stored intervention ${row.id} no longer matches interventionSchema: ` +
        `${summariseIssues(toIssues(parsed.error))}. Add a migration that brings stored ` +
        'interventions up to the current schema.',
    );
  }
  return { intervention: parsed.data, createdAt: row.created_at };
}
