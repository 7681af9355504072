import type { Hono } from 'hono';
import { z } from 'zod';

import { readRecord, searchRecords } from './records.ts';
import type { Sessions } from './sessions.ts';
import type { SandboxStore } from './store.ts';
import { buildXlsx, type Cell } from './xlsx.ts';

/**
 * `/web/export/xlsx` and `/web/export/csv`: the form POST the Export dialog sends, with a `data`
 * field holding `{model, fields: [{name, label}], ids, domain, import_compat}` as in Odoo.
 */

const exportSchema = z.object({
  model: z.string(),
  fields: z.array(z.object({ name: z.string(), label: z.string().optional() })).min(1),
  ids: z.union([z.array(z.number().int()), z.literal(false)]).default(false),
  domain: z.array(z.unknown()).default([]),
  import_compat: z.boolean().default(false),
});

export function registerExportRoutes(
  app: Hono,
  deps: { store: SandboxStore; sessions: Sessions },
): void {
  app.post('/web/export/:format{xlsx|csv}', async (c) => {
    if (!deps.sessions.get(c)) return c.text('Session expired: log in at /web/login.', 401);

    const form = await c.req.parseBody();
    const parsed = exportSchema.safeParse(parseJson(form.data));
    if (!parsed.success) {
      return c.text(
        `Bad export request: ${parsed.error.issues[0]?.message ?? 'invalid data'}`,
        400,
      );
    }
    const request = parsed.data;

    const records = request.ids
      ? request.ids.map((id) => readRecord(deps.store, request.model, id))
      : searchRecords(deps.store, request.model, request.domain);
    const fields = request.import_compat
      ? [{ name: 'id', label: 'External ID' }, ...request.fields]
      : request.fields;
    const header = fields.map((field) => field.label ?? field.name);
    const rows = records.map((record) => fields.map((field) => cellValue(record, field.name)));

    const filename = `${request.model}.${c.req.param('format')}`;
    c.header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`);
    if (c.req.param('format') === 'csv') {
      c.header('Content-Type', 'text/csv;charset=utf8');
      return c.body([header, ...rows].map((row) => row.map(csvCell).join(',')).join('\n'));
    }
    c.header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    return c.body(new Uint8Array(buildXlsx(header, rows)));
  });
}

function parseJson(value: unknown): unknown {
  if (typeof value !== 'string') return null;
  try {
    return JSON.parse(value);
  } catch {
    return null;
  }
}

function cellValue(record: Record<string, unknown>, field: string): Cell {
  if (field === 'id') return `__export__.${String(record.id)}`;
  const value = record[field];
  if (Array.isArray(value) && value.length === 2 && typeof value[1] === 'string') return value[1];
  if (typeof value === 'number' || typeof value === 'string') return value;
  return '';
}

function csvCell(cell: Cell): string {
  const text = String(cell);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
