export { aggregateEvents } from './aggregate.ts';
export { aggregateRowSchema, ingestBatchSchema, MAX_ROWS_PER_BATCH } from './schema.ts';
export type { AggregateRow, ApiError, IngestBatch, IngestReceipt } from './schema.ts';
