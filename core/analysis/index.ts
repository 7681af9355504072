export { answerQuestion, QUESTION_EXAMPLES } from './answer-question.ts';
export { BASELINE_WEEKS, buildClusters } from './clusters.ts';
export {
  LATE_START_DAYS,
  NEW_FOR_DAYS,
  OTHER_COHORT,
  UNKNOWN_PART,
  cohortKey,
  cohortLabel,
} from './cohorts.ts';
export { compareWindows, SIGNIFICANCE_LEVEL, VERDICT_WORDS } from './compare.ts';
export { EXPORT_COLUMNS, exportRows, WORKAROUND_TAG_MIN_PCT } from './export-rows.ts';
export {
  analysisSettingsSchema,
  DEFAULT_MIN_GROUP_USERS,
  INTERVENTION_KINDS,
  interventionSchema,
} from './inputs.ts';
export { BEFORE_DAYS, interventionOutcome } from './intervention-outcome.ts';
export { MIN_AFFECTED_USERS, MIN_FRICTION_ATTEMPTS } from './issues.ts';
export { displayPseudonym } from './pseudonyms.ts';
export { escapeHtml, renderReviewHtml } from './render-html.ts';
export { renderReviewMarkdown } from './render-markdown.ts';
export { renderReviewSummary } from './render-summary.ts';
export { TOP_ITEMS, weeklyReview } from './review.ts';
export { MIN_REVIEW_SEVERITY } from './severity.ts';
export { MIN_SAMPLE, mannWhitneyTest, twoProportionTest } from './statistics.ts';
export { addDays, isIsoWeek, isoWeekOf, weekRange, weeksBefore } from './weeks.ts';
export type {
  AnalysisInput,
  AnalysisSettings,
  Answer,
  BaselineFigures,
  Cause,
  Cluster,
  CohortSummary,
  Comparison,
  CompareTarget,
  Day,
  DayRange,
  ErrorTally,
  Evidence,
  EvidenceRule,
  ExportRow,
  FigureRow,
  Intervention,
  InterventionKind,
  InterventionOutcome,
  IsoWeek,
  MetricComparison,
  MetricName,
  Percentiles,
  ProposedIntervention,
  QuestionContext,
  QuestionIntent,
  ReviewItem,
  StepFigures,
  Tenure,
  Verdict,
  WeeklyReview,
} from './types.ts';
