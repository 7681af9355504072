import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { EXPORT_COLUMNS, exportRows } from '../../../core/analysis/index.ts';
import { BUILT_IN_PATHS } from '../../../core/flows/index.ts';
import { NORTHWIND } from '../testing/fixtures.ts';
import { readApi, refusalOf } from '../testing/read-api.ts';
import { openSeededBackend, type SeededBackend } from '../testing/seeded-scenario.ts';
import { exportCsv } from './export-csv.ts';

let seeded: SeededBackend;

beforeAll(async () => {
  seeded = await openSeededBackend();
}, 60_000);
afterAll(() => seeded.store.close());

const exportOf = (query: string) => readApi(seeded.app, `/v1/orgs/northwind/export.csv${query}`);

describe('GET /v1/orgs/:org/export.csv', () => {
  it('sends the week as a CSV file named after the organisation and the week', async () => {
    const response = await exportOf('?week=2026-W48');

    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="northwind-2026-W48.csv"',
    );
    const [header, ...lines] = (await response.text()).trimEnd().split('\n');
    expect(header).toBe(EXPORT_COLUMNS.join(','));
    // The accountants' workaround: every unfinished bill went through a spreadsheet.
    expect(lines).toContain(
      '2026-11-23,2026-11-29,accounting.vendor-bill,Vendor bill to payment,bill-draft,' +
        'Check the draft bill,account,accounting,false,14,14,3,,50,100,workaround',
    );
  });

  it('holds the rows of the analysis of every row, for days from and to', async () => {
    const response = await exportOf('?from=2026-11-16&to=2026-11-29');
    const input = {
      organisation: NORTHWIND.name,
      attempts: seeded.scenario.attempts,
      sessions: seeded.scenario.sessions,
      paths: BUILT_IN_PATHS,
    };

    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="northwind-2026-11-16-to-2026-11-29.csv"',
    );
    const csv = await response.text();
    expect(csv).toBe(exportCsv(exportRows(input, { from: '2026-11-16', to: '2026-11-29' })));
    const records = parse(csv, { columns: true }) as Record<string, string>[];
    expect(records.length).toBeGreaterThan(40);
    expect(new Set(records.map((record) => record.completed))).toEqual(new Set(['true', 'false']));
  });

  it.each([
    ['?week=2026-W48&from=2026-11-23', 'invalid_query', 'give week, or from and to, not both'],
    ['?from=2026-11-23', 'invalid_range', 'to is missing: it comes with from and to both'],
    [
      '?from=2026-11-23&to=2026-11-01',
      'invalid_range',
      'to "2026-11-01" must not come before from',
    ],
    [
      '?from=23/11/2026&to=2026-11-29',
      'invalid_range',
      'from "23/11/2026" must be a day as YYYY-MM-DD, in years 2000 to 2999',
    ],
  ])('refuses %s with 400 %s', async (query, code, message) => {
    expect(await refusalOf(await exportOf(query))).toEqual({ status: 400, code, message });
  });
});
