import type { CohortSummary } from '../../../core/analysis/index.ts';
import { BUILT_IN_PATHS } from '../../../core/flows/index.ts';
import { PATH_IDS } from '../http/query-params.ts';
import { CohortSelect } from './cohort-select.tsx';

/** What the form shows filled in: the values asked for, as typed. */
export interface CompareFormValues {
  path?: string | undefined;
  step?: string | undefined;
  cohort?: string | undefined;
  before: string;
  after: string;
}

const RANGE_PATTERN = '\\d{4}-\\d{2}-\\d{2}\\.\\.\\d{4}-\\d{2}-\\d{2}';

/** The latest version of each golden path, by id: the names partners know today. */
const PATHS = PATH_IDS.map(
  (id) => BUILT_IN_PATHS.filter((path) => path.id === id).sort((a, b) => b.version - a.version)[0]!,
);

/**
 * What to compare and when, as a GET form. Steps are grouped under their path; a step of another
 * path than the one chosen is refused with the path's steps named.
 */
export function CompareForm(props: {
  action: string;
  token: string;
  values: CompareFormValues;
  cohorts: readonly CohortSummary[];
}) {
  const { values } = props;
  return (
    <form class="filters" method="get" action={props.action} aria-label="Compare">
      <input type="hidden" name="token" value={props.token} />
      <label>
        Golden path
        <select name="path" required>
          <option value="">Choose a path</option>
          {PATHS.map((path) => (
            <option value={path.id} selected={path.id === values.path}>
              {path.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Step
        <select name="step">
          <option value="">The whole path</option>
          {PATHS.map((path) => (
            <optgroup label={path.name}>
              {path.steps.map((step) => (
                <option
                  value={step.id}
                  selected={path.id === values.path && step.id === values.step}
                >
                  {step.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <CohortSelect cohorts={props.cohorts} selected={values.cohort} />
      <RangeInput name="before" label="Before (days)" value={values.before} />
      <RangeInput name="after" label="After (days)" value={values.after} />
      <button type="submit">Compare</button>
    </form>
  );
}

/** A range of days typed as `2026-11-02..2026-11-29`. */
function RangeInput(props: { name: 'before' | 'after'; label: string; value: string }) {
  return (
    <label>
      {props.label}
      <input
        type="text"
        name={props.name}
        value={props.value}
        pattern={RANGE_PATTERN}
        title="two days as YYYY-MM-DD..YYYY-MM-DD"
        size={23}
      />
    </label>
  );
}
