import {
  addDays,
  isoWeekOf,
  weekRange,
  weeksBefore,
  type AnalysisInput,
  type IsoWeek,
} from '../../../core/analysis/index.ts';

/** Most weeks a week picker offers: half a year back from the newest. */
const MAX_WEEK_OPTIONS = 26;

/** The first and last day with a session row, or nulls before anything arrived. */
export function dataDays(input: AnalysisInput): { first: string | null; last: string | null } {
  const days = input.sessions.map((session) => session.day).sort();
  return { first: days[0] ?? null, last: days.at(-1) ?? null };
}

/**
 * The weeks a picker offers, newest first: from the week of the last data, or this week when
 * later, back to the first data (at most `MAX_WEEK_OPTIONS`), and always the week shown.
 */
export function weekOptions(input: AnalysisInput, current: IsoWeek, shown: IsoWeek): IsoWeek[] {
  const { first, last } = dataDays(input);
  const newest = last !== null && isoWeekOf(last) > current ? isoWeekOf(last) : current;
  const oldest = first === null ? newest : isoWeekOf(first);
  const weeks = [newest];
  for (const week of weeksBefore(newest, MAX_WEEK_OPTIONS - 1).reverse()) {
    if (weekRange(week).to < weekRange(oldest).from) break;
    weeks.push(week);
  }
  if (!weeks.includes(shown)) weeks.push(shown);
  return weeks.sort().reverse();
}

/** The week before and the week after `week`. */
export function neighbourWeeks(week: IsoWeek): { previous: IsoWeek; next: IsoWeek } {
  return { previous: weeksBefore(week, 1)[0]!, next: isoWeekOf(addDays(weekRange(week).to, 1)) };
}
