import { describe, expect, it } from 'vitest';

import { parseTrace } from '../../core/trace/index.ts';
import type { PathlightDb } from './db.ts';
import { exportEvents } from './export-events.ts';
import { openTestDb, seedTwoSessions } from './test-db.ts';

const T0 = Date.UTC(2026, 11, 3, 9);
const CLIENT = 'pathlight-extension/test';

/** Every part of the export, joined, as the options page builds the file. */
async function exportAll(db: PathlightDb, limit: number) {
  const parts: string[] = [];
  let after: number | null = null;
  do {
    const chunk = await exportEvents(db, { after, client: CLIENT, now: T0, limit });
    parts.push(chunk.text);
    after = chunk.next;
  } while (after !== null);
  return { text: parts.join(''), parts: parts.length };
}

describe('exportEvents', () => {
  it('exports every stored event as a trace, in parts, with session and seq', async () => {
    const { db } = await seedTwoSessions(T0);
    const stored = await db.events.toArray();

    const { text, parts } = await exportAll(db, 3);
    const trace = parseTrace(text);

    expect(parts).toBe(2);
    expect(trace.ok).toBe(true);
    if (!trace.ok) return;
    expect(trace.header).toMatchObject({ format: 'pathlight-trace', version: 1, client: CLIENT });
    expect(trace.events).toEqual(
      stored.map(({ id, sync: _sync, ...event }) => ({ ...event, seq: id })),
    );
  });

  it('writes only the header for an empty store', async () => {
    const { text } = await exportAll(openTestDb(), 3);

    expect(parseTrace(text)).toMatchObject({ ok: true, events: [] });
  });
});
