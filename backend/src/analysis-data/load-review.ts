import {
  addDays,
  weeklyReview,
  type DayRange,
  type IsoWeek,
  type WeeklyReview,
} from '../../../core/analysis/index.ts';
import type { Organisation } from '../organisations/index.ts';
import type { Queryable } from '../store/index.ts';
import { ALL_DAYS, reviewWindow, spanOf } from './analysis-windows.ts';
import { loadAnalysisInput, type AnalysisData } from './load-analysis-input.ts';
import { loadAttempts } from './load-attempts.ts';

/** A review and the data it was made from. */
export interface LoadedReview {
  review: WeeklyReview;
  data: AnalysisData;
}

/**
 * The weekly review of `week`, the same as over the organisation's whole history, in two reads.
 * The first loads the days the review reads (`reviewWindow`, widened to `alsoDays` for callers
 * that analyse more), which settles the week's clusters and its top problems. One rule then
 * looks further back: whether a top problem's failures started on a day is judged against every
 * earlier day of its golden path. So the second read adds those paths' older attempts, only when
 * there are top problems, and the review is made again.
 */
export async function loadReview(
  db: Queryable,
  org: Organisation,
  week: IsoWeek,
  alsoDays?: DayRange,
): Promise<LoadedReview> {
  let window: DayRange | undefined;
  const data = await loadAnalysisInput(db, org, (interventions) => {
    const days = reviewWindow(week, interventions);
    window = alsoDays ? spanOf(days, alsoDays) : days;
    return window;
  });
  const first = weeklyReview(data.input, week);
  const paths = [...new Set(first.top.map((item) => item.path))];
  if (paths.length === 0 || window!.from <= ALL_DAYS.from) return { review: first, data };

  const before = { from: ALL_DAYS.from, to: addDays(window!.from, -1) };
  const older = await loadAttempts(db, org.id, before, { paths });
  if (older.length === 0) return { review: first, data };

  const input = { ...data.input, attempts: [...older, ...data.input.attempts] };
  return { review: weeklyReview(input, week), data: { ...data, input } };
}
