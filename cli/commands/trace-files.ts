import { parseArgs } from 'node:util';

import { parseTrace, type ParsedTrace } from '../../core/trace/index.ts';
import { CliError } from '../command.ts';
import { readTextFile } from '../read-text-file.ts';

/** Exit code for a command line that cannot be run as typed (as for an unknown command). */
export const USAGE_EXIT = 2;
export const SEE_HELP = 'see "pathlight trace --help"';

/** One trace file as read. */
export interface TraceFile {
  file: string;
  trace: ParsedTrace;
}

/** Parses `FILE... [--json]`; every other option is a usage error. */
export function parseTraceArgs(argv: string[], subcommand: string) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean', default: false } },
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new CliError('usage', `${message}; ${SEE_HELP}`, USAGE_EXIT);
  }

  if (parsed.positionals.length === 0) {
    throw new CliError(
      'usage',
      `missing FILE: give one or more traces, e.g. pathlight trace ${subcommand} trace.jsonl`,
      USAGE_EXIT,
    );
  }
  return { files: parsed.positionals, json: parsed.values.json };
}

/** Reads and parses every file, in order; a file that cannot be read stops the command. */
export async function readTraceFiles(files: readonly string[]): Promise<TraceFile[]> {
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
