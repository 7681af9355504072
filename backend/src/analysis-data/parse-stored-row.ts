import type { z } from 'zod';

import { summariseIssues, toIssues } from '../zod-issues.ts';

/**
 * Parses a row read back from the store against the sync contract it was ingested under. Only
 * valid rows are ever stored, so a failure means the contract changed without a migration of
 * the stored rows: that is a bug, and it throws with the table, the row and the first problem.
 */
export function parseStoredRow<T extends z.ZodType>(
  schema: T,
  table: string,
  rowName: string,
  value: unknown,
): z.output<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new Error(
    `Stored row ${rowName} of table ${table} no longer matches the sync contract: ` +
      `${summariseIssues(toIssues(parsed.error))}. Add a migration that brings stored rows up ` +
      'to the current contract.',
  );
}
