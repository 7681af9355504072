import { z } from 'zod';

import type { IngestReceipt } from '../../../core/sync/index.ts';

const added = z.int().nonnegative();

/** What `POST /v1/ingest` answers, for the OpenAPI document. */
export const ingestReceiptSchema: z.ZodType<IngestReceipt> = z.strictObject({
  batchId: z.uuid(),
  accepted: added.meta({ description: 'Rows, sessions and attempts added: the sum of stored.' }),
  stored: z
    .strictObject({ rows: added, sessions: added, attempts: added })
    .meta({ description: 'Added by kind; a session day or attempt already stored adds nothing.' }),
  duplicate: z
    .boolean()
    .meta({ description: 'True when this batch id was already stored; nothing was added.' }),
});
