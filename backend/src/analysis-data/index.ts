export {
  ALL_DAYS,
  currentWeek,
  interventionsWindow,
  reviewWindow,
  spanOf,
  trendWindow,
} from './analysis-windows.ts';
export { checkCohort, cohortsOf } from './cohorts-of.ts';
export { lastDays } from './last-days.ts';
export { loadAnalysisInput } from './load-analysis-input.ts';
export type { AnalysisData } from './load-analysis-input.ts';
export { loadAttempts } from './load-attempts.ts';
export type { LoadAttemptsOptions } from './load-attempts.ts';
export { loadReview } from './load-review.ts';
export type { LoadedReview } from './load-review.ts';
export { loadSessions } from './load-sessions.ts';
export type { DayRange } from './types.ts';
