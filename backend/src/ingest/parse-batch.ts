import { ingestBatchSchema, type IngestBatch } from '../../../core/sync/index.ts';
import { toIssues, type Issue } from '../zod-issues.ts';

export type ParseBatchResult = { ok: true; batch: IngestBatch } | { ok: false; issues: Issue[] };

/** Parses a posted body against the sync contract, with every issue as a path and a message. */
export function parseBatch(json: unknown): ParseBatchResult {
  const parsed = ingestBatchSchema.safeParse(json);
  return parsed.success
    ? { ok: true, batch: parsed.data }
    : { ok: false, issues: toIssues(parsed.error) };
}
