import type { AnalysisInput } from '../analysis/types.ts';
import { BUILT_IN_PATHS } from '../flows/library.ts';
import type { AttemptRow } from '../sync/schema.ts';
import { sessionRowsOf } from './session-rows.ts';

/**
 * An organisation for analysis tests: the attempts given, their sessions, the built-in golden
 * paths; `fields` override any of it (interventions, settings, more sessions).
 */
export function analysisInput(
  attempts: readonly AttemptRow[],
  fields: Partial<AnalysisInput> = {},
): AnalysisInput {
  return {
    organisation: 'Test Org',
    attempts,
    sessions: sessionRowsOf(attempts),
    paths: BUILT_IN_PATHS,
    ...fields,
  };
}
