import type { CohortSummary, IsoWeek } from '../../../core/analysis/index.ts';
import { moduleLabel } from '../../../core/analysis/modules.ts';
import { MODULES } from '../http/query-params.ts';
import { CohortSelect } from './cohort-select.tsx';

export interface FilterFormProps {
  action: string;
  token: string;
  /** The weeks to pick from, newest first. */
  weeks: readonly IsoWeek[];
  week: IsoWeek;
  module: string | undefined;
  cohort: string | undefined;
  cohorts: readonly CohortSummary[];
}

/** Week, module and cohort, sent as a GET form: a filtered dashboard is a link to share. */
export function FilterForm(props: FilterFormProps) {
  return (
    <form class="filters" method="get" action={props.action} aria-label="Filters">
      <input type="hidden" name="token" value={props.token} />
      <label>
        Week
        <select name="week">
          {props.weeks.map((week) => (
            <option value={week} selected={week === props.week}>
              {week}
            </option>
          ))}
        </select>
      </label>
      <label>
        Module
        <select name="module">
          <option value="">Every module</option>
          {MODULES.map((module) => (
            <option value={module} selected={module === props.module}>
              {moduleLabel(module)}
            </option>
          ))}
        </select>
      </label>
      <CohortSelect cohorts={props.cohorts} selected={props.cohort} />
      <button type="submit">Show</button>
    </form>
  );
}
