import path from 'node:path';

import { parseTrace, type ParsedTrace } from '../../core/trace/index.ts';
import { CliError, USAGE_EXIT, usageError } from '../command.ts';
import { readTextFile } from '../read-text-file.ts';

/** One trace file as read. */
export interface TraceFile {
  file: string;
  trace: ParsedTrace;
}

/** The trace files named on a `trace` command line; at least one is needed. */
export function traceFileArguments(positionals: string[], subcommand: string): string[] {
  if (positionals.length === 0) {
    throw usageError(
      `missing FILE: give one or more traces, e.g. pathlight trace ${subcommand} trace.jsonl`,
      'trace',
    );
  }
  return positionals;
}

/**
 * Reads and parses every file, in order; a file that cannot be read stops the command, and so
 * does a file named twice, whose events would count twice.
 */
export async function readTraceFiles(files: readonly string[]): Promise<TraceFile[]> {
  const seen = new Set<string>();
  for (const file of files) {
    const resolved = path.resolve(file);
    if (seen.has(resolved)) {
      throw new CliError(
        'duplicate_file',
        `"${file}" is named twice: its events would count twice; name each trace once`,
        USAGE_EXIT,
      );
    }
    seen.add(resolved);
  }
  const texts = await Promise.all(files.map(readText));
  return files.map((file, index) => ({ file, trace: parseTrace(texts[index]!) }));
}

function readText(file: string): Promise<string> {
  return readTextFile(file, 'trace file');
}

/**
 * The good events of every file, all files together. Each file with bad lines is named on
 * stderr with the command that lists them; `bad` says whether there was one.
 */
export async function readTraceEvents(files: readonly string[]) {
  const traces = await readTraceFiles(files);
  let bad = false;
  for (const { file, trace } of traces) {
    if (trace.ok) continue;
    bad = true;
    console.error(
      `${file}: ${trace.errors.length} bad line(s) left out; run "pathlight trace check ${file}" ` +
        'for each [invalid_trace]',
    );
  }
  return { events: traces.flatMap(({ trace }) => trace.events), bad };
}
