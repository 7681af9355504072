export { parseBatch } from './parse-batch.ts';
export { ingestRoutes, MAX_INGEST_BODY_BYTES } from './ingest-routes.ts';
export { storeBatch } from './store-batch.ts';
