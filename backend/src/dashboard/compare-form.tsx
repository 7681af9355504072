import type { CohortSummary } from '../../../core/analysis/index.ts';
import { BUILT_IN_PATHS } from '../../../core/flows/index.ts';
import { PATH_IDS } from '../http/query-params.ts';

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
      <label>
        Cohort
        <select name="cohort">
          <option value="">Every cohort</option>
          {props.cohorts.map((cohort) => (
            <option value={cohort.key} selected={cohort.key === values.cohort}>
              {cohort.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Before (days)
        <input
          type="text"
          name="before"
          value={values.before}
          pattern={RANGE_PATTERN}
          title="two days as YYYY-MM-DD..YYYY-MM-DD"
          size={23}
        />
      </label>
      <label>
        After (days)
        <input
          type="text"
          name="after"
          value={values.after}
          pattern={RANGE_PATTERN}
          title="two days as YYYY-MM-DD..YYYY-MM-DD"
          size={23}
        />
      </label>
      <button type="submit">Compare</button>
    </form>
  );
}
