import {
  answerQuestion,
  isoWeekOf,
  weekRange,
  weeksBefore,
  type Answer,
  type Cluster,
  type IsoWeek,
  type WeeklyReview,
} from '../../../core/analysis/index.ts';
import { ALL_DAYS, checkCohort, loadReview, spanOf, trendWindow } from '../analysis-data/index.ts';
import { filterClusters } from '../clusters/index.ts';
import { stepHintOutcomes, type StepHintOutcomes } from '../hint-outcomes/index.ts';
import type { QueryRefusal } from '../http/parse-query.ts';
import type { Organisation } from '../organisations/index.ts';
import type { Store } from '../store/index.ts';
import { loadSummary, type OrgSummary } from '../summary/index.ts';
import { DEFAULT_TREND_WEEKS, signalTrends, type WeekSignals } from '../trends/index.ts';
import { dataDays, weekOptions } from './week-options.ts';

/** What the issue dashboard shows. */
export interface DashboardView {
  org: Organisation;
  week: IsoWeek;
  /** The weeks the picker offers, newest first. */
  weeks: IsoWeek[];
  /** The week with the latest data, to point at when the week shown has none. */
  latestWeek: IsoWeek | null;
  module: string | undefined;
  cohort: string | undefined;
  review: WeeklyReview;
  /** The week's clusters with a signal that the filter keeps. */
  clusters: Cluster[];
  trend: WeekSignals[];
  hints: StepHintOutcomes[];
  question: string | undefined;
  answer: Answer | null;
  summary: OrgSummary;
}

export interface DashboardRequest {
  week: IsoWeek;
  /** This week, by the server's clock. */
  current: IsoWeek;
  module?: string | undefined;
  cohort?: string | undefined;
  question?: string | undefined;
}

/**
 * Everything the dashboard of `org` shows for a week, from one load: the review (for the top
 * problems and the clusters), the trend of the last `DEFAULT_TREND_WEEKS` weeks, the hint
 * outcomes and, when a question is asked, its answer, which may read every week before.
 */
export async function loadDashboard(
  store: Store,
  org: Organisation,
  request: DashboardRequest,
): Promise<DashboardView | QueryRefusal> {
  const { week, module, cohort, question } = request;
  const trendDays = trendWindow(week, DEFAULT_TREND_WEEKS);
  const askDays = { from: ALL_DAYS.from, to: weekRange(week).to };
  const { review, data } = await loadReview(
    store,
    org,
    week,
    question === undefined ? trendDays : spanOf(trendDays, askDays),
  );
  const { input } = data;
  const refusal = checkCohort(input, cohort);
  if (refusal) return refusal;

  const filter = {
    ...(module === undefined ? {} : { module }),
    ...(cohort === undefined ? {} : { cohort }),
  };
  const trendWeeks = [...weeksBefore(week, DEFAULT_TREND_WEEKS - 1), week];
  const { last } = dataDays(input);
  return {
    org,
    week,
    weeks: weekOptions(input, request.current, week),
    latestWeek: last === null ? null : isoWeekOf(last),
    module,
    cohort,
    review,
    clusters: filterClusters(input, review.clusters, filter),
    trend: signalTrends(input, trendWeeks, filter),
    hints: stepHintOutcomes(input, weekRange(week), filter),
    question,
    answer: question === undefined ? null : answerQuestion(question, { input, week }),
    summary: await loadSummary(store, org),
  };
}
