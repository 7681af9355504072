export { ingestOperation } from './ingest-operation.ts';
export { ingestReceiptSchema } from './ingest-receipt-schema.ts';
export { ingestRoutes, MAX_INGEST_BODY_BYTES } from './ingest-routes.ts';
export { parseBatch } from './parse-batch.ts';
export { storeBatch } from './store-batch.ts';
