import {
  addDays,
  BASELINE_WEEKS,
  BEFORE_DAYS,
  isoWeekOf,
  weekRange,
  weeksBefore,
  type DayRange,
  type Intervention,
  type IsoWeek,
} from '../../../core/analysis/index.ts';

/**
 * Which days of attempts each analysis reads, so that a request loads those and no more. Session
 * rows are always loaded whole (`loadAnalysisInput`): tenure and small cohorts are decided over
 * the organisation's whole history, and a window of them would change both.
 */

/** Every day a stored row can carry: the sync contract's years. */
export const ALL_DAYS: DayRange = { from: '2000-01-01', to: '2999-12-31' };

/** The ISO week of `now` (ms since the epoch), by UTC days as rows carry them. */
export function currentWeek(now: number): IsoWeek {
  return isoWeekOf(new Date(now).toISOString().slice(0, 10));
}

/**
 * The review of `week`: the week, the `BASELINE_WEEKS` before it, and for each intervention made
 * by the week's end the `BEFORE_DAYS` before its day.
 */
export function reviewWindow(week: IsoWeek, interventions: readonly Intervention[]): DayRange {
  const { to } = weekRange(week);
  const baseline = weekRange(weeksBefore(week, BASELINE_WEEKS)[0]!).from;
  const befores = interventions
    .filter((intervention) => intervention.day <= to)
    .map((intervention) => addDays(intervention.day, -BEFORE_DAYS));
  return { from: [baseline, ...befores].sort()[0]!, to };
}

/** The `weeks` weeks that end with `lastWeek`. */
export function trendWindow(lastWeek: IsoWeek, weeks: number): DayRange {
  const first = weeks > 1 ? weeksBefore(lastWeek, weeks - 1)[0]! : lastWeek;
  return { from: weekRange(first).from, to: weekRange(lastWeek).to };
}

/** Each intervention's before and after, the after running to `until`. */
export function interventionsWindow(
  interventions: readonly Intervention[],
  until: string = ALL_DAYS.to,
): DayRange {
  const befores = interventions.map((intervention) => addDays(intervention.day, -BEFORE_DAYS));
  return { from: befores.sort()[0] ?? until, to: until };
}

/** The smallest range holding every one of `ranges`. */
export function spanOf(...ranges: DayRange[]): DayRange {
  return {
    from: ranges.map((range) => range.from).sort()[0]!,
    to: ranges
      .map((range) => range.to)
      .sort()
      .at(-1)!,
  };
}
