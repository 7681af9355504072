export { answerSchema, answerShape } from './answer-schema.ts';
export { comparisonSchema, metricComparisonSchema } from './comparison-schema.ts';
export {
  baselineFiguresSchema,
  clusterSchema,
  dayRangeSchema,
  errorTallySchema,
  percentilesSchema,
  stepFiguresSchema,
} from './figures-schema.ts';
export {
  cohortSummarySchema,
  evidenceSchema,
  interventionOutcomeSchema,
  proposedInterventionSchema,
  reviewItemSchema,
  weeklyReviewSchema,
} from './review-schema.ts';
