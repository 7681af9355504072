import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { capturedEventSchema } from '../events/schema.ts';
import { parseTrace } from './parse-trace.ts';

const DOC = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../docs/trace-format.md',
);

describe('docs/trace-format.md', () => {
  it('gives an example that parseTrace reads without an error', async () => {
    const doc = await readFile(DOC, 'utf8');
    const example = /```jsonl\n([\s\S]*?)```/.exec(doc)?.[1];

    expect(parseTrace(example ?? '')).toMatchObject({ ok: true, events: [{ seq: 1 }, { seq: 2 }] });
  });

  it('names every event type of the contract', async () => {
    const doc = await readFile(DOC, 'utf8');
    const types = capturedEventSchema.options.map((option) => option.shape.type.value);

    expect(types.filter((type) => !doc.includes(`\`${type}\``))).toEqual([]);
  });
});
