import { datasetOf } from '../../../core/analysis/dataset.ts';
import type { AnalysisInput, CohortSummary } from '../../../core/analysis/index.ts';
import type { QueryRefusal } from '../http/parse-query.ts';

/** The organisation's cohorts as every output shows them, small ones merged into `other`. */
export function cohortsOf(input: AnalysisInput): CohortSummary[] {
  return datasetOf(input).cohorts;
}

/**
 * Refuses a cohort the organisation has no rows of: a filter on a misspelt cohort would answer
 * an empty week, which reads as "no problem" when it is a typo. A cohort merged into `other` is
 * one of the organisation's: the analysis reads it as `other`.
 */
export function checkCohort(input: AnalysisInput, cohort: string | undefined): QueryRefusal | null {
  if (cohort === undefined) return null;
  const shown = cohortsOf(input);
  const known = shown.flatMap((summary) => [summary.key, ...summary.mergedFrom]);
  if (known.includes(cohort)) return null;

  const choices = shown.map((summary) => summary.key).join(', ') || 'none yet';
  return {
    ok: false,
    code: 'invalid_cohort',
    message: `cohort "${cohort}" is not a cohort of this organisation: use one of ${choices}`,
  };
}
