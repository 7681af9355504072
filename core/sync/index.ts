export { aggregateEvents } from './aggregate.ts';
export {
  aggregateRowSchema,
  attemptRowSchema,
  attemptStepSchema,
  cohortSchema,
  ingestBatchSchema,
  MAX_ROWS_PER_BATCH,
  sessionRowSchema,
  TENURES,
} from './schema.ts';
export type {
  AggregateRow,
  ApiError,
  AttemptRow,
  AttemptStepRow,
  Cohort,
  IngestBatch,
  IngestReceipt,
  SessionRow,
  StepError,
} from './schema.ts';
export { isCalendarDay } from './calendar-day.ts';
