import { clustersOperation } from './clusters/index.ts';
import { compareOperation } from './compare/index.ts';
import { exportOperation } from './export/index.ts';
import { hintOutcomesOperation } from './hint-outcomes/index.ts';
import { hintsOperation } from './hints/index.ts';
import { ingestOperation } from './ingest/index.ts';
import {
  deleteInterventionOperation,
  listInterventionsOperation,
  recordInterventionOperation,
} from './interventions/index.ts';
import { openApiOperation, type ApiOperation, type DocumentInfo } from './openapi/index.ts';
import { orgListOperation } from './org-list/index.ts';
import { questionsOperation } from './questions/index.ts';
import { reviewOperation } from './review/index.ts';
import { summaryOperation } from './summary/index.ts';
import { trendsOperation } from './trends/index.ts';

/**
 * Every /v1 endpoint as the OpenAPI document describes it. A new endpoint adds its description
 * here; `api-operations.test.ts` fails while a registered /v1 route is missing.
 */
export const API_OPERATIONS: readonly ApiOperation[] = [
  ingestOperation,
  hintsOperation,
  orgListOperation,
  summaryOperation,
  reviewOperation,
  clustersOperation,
  trendsOperation,
  compareOperation,
  listInterventionsOperation,
  recordInterventionOperation,
  deleteInterventionOperation,
  exportOperation,
  questionsOperation,
  hintOutcomesOperation,
  openApiOperation,
];

/** The `info` of the document. */
export const API_INFO: DocumentInfo = {
  title: 'Pathlight API',
  version: '1',
  description:
    "Extensions post anonymised rows and fetch hint packs with their organisation's ingest " +
    'token; partners read, and record interventions, with a read token. Every error is ' +
    '`{ "error": { "code", "message", "issues"? } }` with a stable `code`.',
};
