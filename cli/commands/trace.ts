/**
 * `pathlight trace check|summary FILE...`: reads traces exported from the extension's options
 * page (JSON Lines, `docs/trace-format.md`).
 */
import { CliError, type Command } from '../command.ts';
import { traceCheck } from './trace-check.ts';
import { SEE_HELP, USAGE_EXIT } from './trace-files.ts';
import { traceSummary } from './trace-summary.ts';

const USAGE = `Usage: pathlight trace <check|summary> FILE... [options]

Reads traces exported from Pathlight's options page (JSON Lines; see docs/trace-format.md).

Commands:
  check FILE...     validates each file: prints "FILE: ok N events", or each bad line as
                    FILE:LINE: message [code]; exits 1 when any line is bad
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
    if (!name || argv.some((arg) => arg === '--help' || arg === '-h')) {
      console.log(USAGE);
      return name ? 0 : USAGE_EXIT;
    }

    const run = SUBCOMMANDS[name];
    if (!run) {
      throw new CliError(
        'usage',
        `unknown trace command "${name}": use check or summary; ${SEE_HELP}`,
        USAGE_EXIT,
      );
    }
    return run(rest);
  },
};
