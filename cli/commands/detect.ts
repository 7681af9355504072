/**
 * `pathlight detect TRACE.jsonl...`: the friction signals of exported traces, one JSON object per
 * line (kind, t, screen, target, evidence), in time order over all files together.
 */
import { parseArgs } from 'node:util';

import { z } from 'zod';

import {
  detectAll,
  idleBaselineSchema,
  pauseBaseline,
  thresholdOverridesSchema,
  type IdleBaseline,
  type Thresholds,
} from '../../core/detect/index.ts';
import { CliError, type Command } from '../command.ts';
import { readTextFile } from '../read-text-file.ts';
import { readTraceEvents, USAGE_EXIT } from './trace-files.ts';

const SEE_HELP = 'see "pathlight detect --help"';

const USAGE = `Usage: pathlight detect TRACE.jsonl... [options]

Prints the friction signals of traces exported from Pathlight's options page, one JSON object
per line: {"kind","t","screen","target","evidence"}. See docs/signals.md.

Options:
  --thresholds FILE   a JSON object of threshold overrides, as managed policy's
                      detectorThresholds (e.g. {"rageClicks": 4})
  --baselines FILE    pause baselines: how long colleagues who completed each step stayed
                      idle there, as "pathlight paths baselines TRACE..." writes them; a pause
                      is then an idle gap longer than that step's P90 (never under the floor)
  -h, --help          show this help

Exits 1 when a trace has bad lines (they are left out and named on stderr).`;

/** The `detect` command. */
export const detect: Command = {
  async run(argv) {
    const { files, thresholdsFile, baselinesFile, help } = parse(argv);
    if (help) {
      console.log(USAGE);
      return 0;
    }

    const thresholds = thresholdsFile ? await readThresholds(thresholdsFile) : {};
    const baseline = baselinesFile ? pauseBaseline(await readBaselines(baselinesFile)) : undefined;
    const { events, bad } = await readTraceEvents(files);

    for (const signal of detectAll(events, { thresholds, baseline })) {
      console.log(JSON.stringify(signal));
    }
    return bad ? 1 : 0;
  },
};

function parse(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        thresholds: { type: 'string' },
        baselines: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new CliError('usage', `${message}; ${SEE_HELP}`, USAGE_EXIT);
  }
  const help = parsed.values.help ?? false;
  if (!help && parsed.positionals.length === 0) {
    throw new CliError(
      'usage',
      'missing TRACE: give one or more traces, e.g. pathlight detect pathlight-trace.jsonl',
      USAGE_EXIT,
    );
  }
  return {
    files: parsed.positionals,
    thresholdsFile: parsed.values.thresholds,
    baselinesFile: parsed.values.baselines,
    help,
  };
}

async function readThresholds(file: string): Promise<Partial<Thresholds>> {
  const text = await readTextFile(file, 'thresholds file');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new CliError('invalid_thresholds', `"${file}" is not JSON: give one JSON object`);
  }
  const parsed = thresholdOverridesSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? `"${issue.path.join('.')}" ` : '';
  throw new CliError(
    'invalid_thresholds',
    `${file}: ${where}${issue?.message ?? 'is invalid'}; see docs/signals.md for each threshold`,
  );
}

async function readBaselines(file: string): Promise<IdleBaseline[]> {
  const text = await readTextFile(file, 'baselines file');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new CliError(
      'invalid_baselines',
      `"${file}" is not JSON: give the list "pathlight paths baselines" prints`,
    );
  }
  const parsed = z.array(idleBaselineSchema).safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = (issue?.path ?? [])
    .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
    .join('');
  throw new CliError(
    'invalid_baselines',
    `${file}: ${where ? `${where} ` : ''}${issue?.message ?? 'is invalid'}; ` +
      'make it with pathlight paths baselines TRACE...',
  );
}
