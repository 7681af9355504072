import { parseOptions } from '../parse-options.ts';
import { plural } from '../plural.ts';
import { readTraceFiles, traceFileArguments } from './trace-files.ts';

/**
 * Bad lines listed per file. A file of another kind (a binary, a CSV export) is bad on every
 * line, and a thousand identical messages hide the one that says so.
 */
export const MAX_BAD_LINES_SHOWN = 20;

/**
 * `pathlight trace check FILE...`: one line per good file, one line per bad line in the
 * `FILE:LINE: message [code]` form editors and CI logs link to, then how many more a file has
 * past the first `MAX_BAD_LINES_SHOWN`. Exits 1 when any line is bad.
 */
export async function traceCheck(argv: string[]): Promise<number> {
  const { positionals } = parseOptions(argv, {}, 'trace');
  const files = traceFileArguments(positionals, 'check');
  let bad = false;

  for (const { file, trace } of await readTraceFiles(files)) {
    if (trace.ok) {
      console.log(`${file}: ok ${plural(trace.events.length, 'event')}`);
      continue;
    }
    bad = true;
    for (const error of trace.errors.slice(0, MAX_BAD_LINES_SHOWN)) {
      console.log(`${file}:${error.line}: ${error.message} [${error.code}]`);
    }
    const more = trace.errors.length - MAX_BAD_LINES_SHOWN;
    if (more > 0) {
      console.log(`${file}: … and ${more} more bad lines (${trace.errors.length} in all)`);
    }
  }

  return bad ? 1 : 0;
}
