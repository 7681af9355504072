import { readFile } from 'node:fs/promises';

import { describe, expect, it } from 'vitest';

import { generateTraceSchema, TRACE_SCHEMA_FILE } from '../../scripts/generate-trace-schema.ts';
import { TRACE_SCHEMA_PATH } from './json-schema.ts';

describe(TRACE_SCHEMA_PATH, () => {
  it('is what scripts/generate-trace-schema.ts writes (run "npm run schema")', async () => {
    const committed = await readFile(TRACE_SCHEMA_FILE, 'utf8');

    expect(committed).toBe(await generateTraceSchema());
  });

  it('names the header and the event, and lets readers ignore unknown fields', async () => {
    const schema = JSON.parse(await generateTraceSchema());

    expect(Object.keys(schema.$defs)).toEqual(
      expect.arrayContaining(['TraceHeader', 'TraceEvent', 'Screen', 'Target']),
    );
    expect(schema.$defs.TraceHeader.required).toEqual([
      'format',
      'version',
      'exportedAt',
      'client',
    ]);
    expect(JSON.stringify(schema)).not.toContain('additionalProperties');
  });
});
