import type { Queryable } from '../store/index.ts';
import {
  readStoredIntervention,
  STORED_COLUMNS,
  type StoredIntervention,
} from './stored-intervention.ts';
import type { NewIntervention, RecordedIntervention } from './types.ts';

/** Tries before giving up when other requests keep taking the id chosen: a bug, not load. */
const MAX_ID_TRIES = 5;

/**
 * Stores an intervention of organisation `orgId` and gives it an id that reads well in a review:
 * its kind and day (`training-2026-11-30`), then `-2`, `-3` for more of the same kind that day.
 */
export async function insertIntervention(
  db: Queryable,
  orgId: string,
  fields: NewIntervention,
): Promise<RecordedIntervention> {
  const base = `${fields.kind.replaceAll('_', '-')}-${fields.day}`;

  for (let tries = 0; tries < MAX_ID_TRIES; tries += 1) {
    const id = await nextFreeId(db, orgId, base);
    // Two requests may pick the same free id at once: the key lets one of them in, and the
    // other looks again.
    const [row] = await db.query<StoredIntervention>(
      `INSERT INTO interventions (org_id, id, day, kind, path, step, cohort, note)
       VALUES ($1, $2, $3::date, $4, $5, $6, $7, $8)
       ON CONFLICT (org_id, id) DO NOTHING
       RETURNING ${STORED_COLUMNS}`,
      [
        orgId,
        id,
        fields.day,
        fields.kind,
        fields.path,
        fields.step ?? null,
        fields.cohort ?? null,
        fields.note,
      ],
    );
    if (row) return readStoredIntervention(row);
  }
  throw new Error(`no free intervention id starting with "${base}" in ${MAX_ID_TRIES} tries`);
}

async function nextFreeId(db: Queryable, orgId: string, base: string): Promise<string> {
  const rows = await db.query<{ id: string }>(
    `SELECT id FROM interventions WHERE org_id = $1 AND (id = $2 OR id LIKE $2 || '-%')`,
    [orgId, base],
  );
  const taken = new Set(rows.map((row) => row.id));
  if (!taken.has(base)) return base;
  let number = 2;
  while (taken.has(`${base}-${number}`)) number += 1;
  return `${base}-${number}`;
}
