/**
 * `pathlight trace check|summary FILE...`: reads traces exported from the extension's options
 * page (JSON Lines, `docs/trace-format.md`).
 */
import { closestName } from '../closest-name.ts';
import { usageError, type Command } from '../command.ts';
import { MAX_BAD_LINES_SHOWN, traceCheck } from './trace-check.ts';
import { traceSummary } from './trace-summary.ts';

const USAGE = `Usage: pathlight trace <check|summary> FILE... [options]

Reads traces exported from Pathlight's options page (JSON Lines; see docs/trace-format.md).

Commands:
  check FILE...     validates each file: prints "FILE: ok N events", or each bad line as
                    FILE:LINE: message [code], the first ${MAX_BAD_LINES_SHOWN} of a file and then
                    how many more; exits 1 when any line is bad
  summary FILE...   sessions, events by type and screens (app, model, view) with counts,
                    over all files together

Options:
  --json            summary: print one JSON object instead of tables
  -h, --help        show this help

Line codes: invalid_json, missing_header, invalid_header, unsupported_version, invalid_event.`;

const SUBCOMMANDS: Record<string, (argv: string[]) => Promise<number>> = {
  check: traceCheck,
  summary: traceSummary,
};

/** The `trace` command. */
export const trace: Command = {
  async run(argv) {
    const [name, ...rest] = argv;
    if (argv.some((arg) => arg === '--help' || arg === '-h')) {
      console.log(USAGE);
      return 0;
    }
    if (!name) throw usageError('missing command: use check or summary', 'trace');

    // Own keys only: "constructor" or "toString" are not commands.
    const run = Object.hasOwn(SUBCOMMANDS, name) ? SUBCOMMANDS[name] : undefined;
    if (!run) {
      const close = closestName(name, Object.keys(SUBCOMMANDS));
      const hint = close ? `did you mean "${close}"?` : 'use check or summary';
      throw usageError(`unknown trace command "${name}": ${hint}`, 'trace');
    }
    return run(rest);
  },
};
