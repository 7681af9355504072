/**
 * Writes `docs/trace.schema.json` from the trace's zod schemas (`core/trace/schema.ts`).
 *
 *   npm run schema
 *
 * A unit test (`core/trace/json-schema.test.ts`) fails when the committed file differs from what
 * this script writes, so run it after any change to the trace or event schemas.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { format, resolveConfig } from 'prettier';

import { TRACE_SCHEMA_PATH, traceJsonSchema } from '../core/trace/index.ts';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Where the schema file is written. */
export const TRACE_SCHEMA_FILE = path.join(REPO_ROOT, TRACE_SCHEMA_PATH);

/** The file's text, formatted as `prettier --check` expects it. */
export async function generateTraceSchema(): Promise<string> {
  const options = (await resolveConfig(TRACE_SCHEMA_FILE)) ?? {};
  return format(JSON.stringify(traceJsonSchema()), { ...options, filepath: TRACE_SCHEMA_FILE });
}

// Run only when called as a script, not when the test imports it.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await writeFile(TRACE_SCHEMA_FILE, await generateTraceSchema());
  console.log(`wrote ${TRACE_SCHEMA_PATH}`);
}
