import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { parseTrace } from '../trace/index.ts';
import { minePaths } from './mine.ts';

/** Traces of scripted personas in the sandbox (`e2e/paths-corpus/record.ts`). */
const TRACES = path.resolve(import.meta.dirname, '../../e2e/paths-corpus/traces');

function eventsOf(...names: string[]) {
  return names.flatMap((name) => {
    const trace = parseTrace(readFileSync(path.join(TRACES, `${name}.jsonl`), 'utf8'));
    if (!trace.ok) throw new Error(`${name}: ${JSON.stringify(trace.errors)}`);
    return trace.events;
  });
}

describe('minePaths', () => {
  it('gives a draft every Odoo version its variant was seen on, in order', () => {
    const { drafts } = minePaths(eventsOf('receipt-18', 'receipt-17'));

    expect(drafts.map((draft) => [draft.description?.slice(0, 30), draft.odooVersions])).toEqual([
      ['Mined from 2 of 2 successful c', [17, 18]],
    ]);
  });

  it('keeps one version when every case was seen on it', () => {
    const { drafts } = minePaths(eventsOf('receipt-18', 'receipt-backorder-18'));

    expect(drafts.map((draft) => draft.odooVersions)).toEqual([[18]]);
  });
});
