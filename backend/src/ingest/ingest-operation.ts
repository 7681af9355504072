import {
  aggregateRowSchema,
  attemptRowSchema,
  attemptStepSchema,
  cohortSchema,
  ingestBatchSchema,
  sessionRowSchema,
} from '../../../core/sync/index.ts';
import type { ApiOperation } from '../openapi/index.ts';
import { MAX_INGEST_BODY_BYTES } from './ingest-routes.ts';
import { ingestReceiptSchema } from './ingest-receipt-schema.ts';

/** `POST /v1/ingest` in the OpenAPI document. */
export const ingestOperation: ApiOperation = {
  id: 'ingestBatch',
  method: 'post',
  path: '/v1/ingest',
  tag: 'ingest',
  summary: 'Post a batch of screen rows, session rows and attempts',
  description:
    `At most ${MAX_INGEST_BODY_BYTES / 1024 / 1024} MiB and 5,000 items of each kind. The ` +
    'batch is stored ' +
    'in one transaction. A batch id already stored answers 202 with `duplicate: true` and adds ' +
    'nothing, and a session day or an attempt id already stored by another batch is skipped, ' +
    'so a client may retry freely.',
  auth: 'ingest',
  body: { name: 'IngestBatch', schema: ingestBatchSchema },
  responses: {
    202: {
      description: 'Stored, or already stored; `stored` says what this batch added.',
      body: { name: 'IngestReceipt', schema: ingestReceiptSchema },
    },
  },
  errors: ['invalid_json', 'invalid_body', 'body_too_large', 'unsupported_media_type'],
  nested: [
    { name: 'AggregateRow', schema: aggregateRowSchema },
    { name: 'SessionRow', schema: sessionRowSchema },
    { name: 'Cohort', schema: cohortSchema },
    { name: 'AttemptRow', schema: attemptRowSchema },
    { name: 'AttemptStep', schema: attemptStepSchema },
  ],
};
