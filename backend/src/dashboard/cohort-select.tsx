import type { CohortSummary } from '../../../core/analysis/index.ts';

/** The `cohort` choice of a GET form: every cohort, or one of the organisation's. */
export function CohortSelect(props: {
  cohorts: readonly CohortSummary[];
  selected: string | undefined;
}) {
  return (
    <label>
      Cohort
      <select name="cohort">
        <option value="">Every cohort</option>
        {props.cohorts.map((cohort) => (
          <option value={cohort.key} selected={cohort.key === props.selected}>
            {cohort.label}
          </option>
        ))}
      </select>
    </label>
  );
}
