import { stringify } from 'csv-stringify/sync';

import { EXPORT_COLUMNS, type ExportRow } from '../../../core/analysis/index.ts';

/**
 * The clean spreadsheet as CSV: a header of `EXPORT_COLUMNS`, then one line per row. `completed`
 * reads `true` or `false`, which spreadsheets take as booleans, and an empty time stays empty.
 */
export function exportCsv(rows: readonly ExportRow[]): string {
  return stringify(rows as ExportRow[], {
    header: true,
    columns: [...EXPORT_COLUMNS],
    cast: { boolean: (value) => (value ? 'true' : 'false') },
  });
}
