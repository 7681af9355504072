import { z } from 'zod';

import { EXPORT_COLUMNS } from '../../../core/analysis/index.ts';
import { dayParam, weekParam } from '../http/query-params.ts';
import type { ApiOperation } from '../openapi/index.ts';

/** `GET /v1/orgs/:org/export.csv` in the OpenAPI document. */
export const exportOperation: ApiOperation = {
  id: 'exportCsv',
  method: 'get',
  path: '/v1/orgs/:org/export.csv',
  tag: 'analysis',
  summary: 'The clean spreadsheet: one row per path step × module × role × completed',
  description:
    `Columns, in order: ${EXPORT_COLUMNS.join(', ')}. Give \`week\`, or \`from\` and \`to\`; ` +
    'without either, this week. Small cohorts count under the role `other`.',
  auth: 'read',
  pathParams: z.object({ org: z.string().meta({ description: 'The organisation id.' }) }),
  query: z.object({
    week: weekParam.optional().meta({ description: 'ISO week, e.g. 2026-W49.' }),
    from: dayParam.optional().meta({ description: 'First day, YYYY-MM-DD, with `to`.' }),
    to: dayParam.optional().meta({ description: 'Last day, included.' }),
  }),
  responses: {
    200: {
      description: 'The CSV file, with a header line.',
      mediaType: 'text/csv',
      headers: {
        'Content-Disposition': '`attachment; filename="<org>-<week>.csv"`',
        'Cache-Control': '`no-store`.',
      },
    },
  },
  errors: ['wrong_org', 'unknown_org', 'invalid_query', 'invalid_week', 'invalid_range'],
};
