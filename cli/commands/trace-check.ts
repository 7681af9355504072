import { parseTraceArgs, readTraceFiles } from './trace-files.ts';

/**
 * `pathlight trace check FILE...`: one line per good file, one line per bad line in the
 * `FILE:LINE: message [code]` form editors and CI logs link to. Exits 1 when any line is bad.
 */
export async function traceCheck(argv: string[]): Promise<number> {
  const { files } = parseTraceArgs(argv, 'check');
  let bad = false;

  for (const { file, trace } of await readTraceFiles(files)) {
    if (trace.ok) {
      console.log(`${file}: ok ${trace.events.length} events`);
      continue;
    }
    bad = true;
    for (const error of trace.errors) {
      console.log(`${file}:${error.line}: ${error.message} [${error.code}]`);
    }
  }

  return bad ? 1 : 0;
}
