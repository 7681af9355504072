/**
 * `pathlight detect TRACE.jsonl...`: the friction signals of exported traces, one JSON object per
 * line (kind, t, screen, target, evidence), in time order over all files together.
 */
import { z } from 'zod';

import {
  DEFAULT_THRESHOLDS,
  detectAll,
  idleBaselineSchema,
  pauseBaseline,
  thresholdOverridesSchema,
  type IdleBaseline,
  type Thresholds,
} from '../../core/detect/index.ts';
import { closestName } from '../closest-name.ts';
import { CliError, usageError, type Command } from '../command.ts';
import { parseOptions } from '../parse-options.ts';
import { plural } from '../plural.ts';
import { readTextFile } from '../read-text-file.ts';
import { readTraceEvents } from './trace-files.ts';

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

Prints nothing on stdout when the traces hold no signal, and says so on stderr.
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

    const signals = detectAll(events, { thresholds, baseline });
    for (const signal of signals) console.log(JSON.stringify(signal));
    // Stdout stays empty for the next command of a pipe; a person still learns it ran.
    if (signals.length === 0) console.error(`no signals in ${plural(events.length, 'event')}`);
    return bad ? 1 : 0;
  },
};

function parse(argv: string[]) {
  const parsed = parseOptions(
    argv,
    { thresholds: { type: 'string' }, baselines: { type: 'string' } },
    'detect',
  );
  const help = parsed.values.help ?? false;
  if (!help && parsed.positionals.length === 0) {
    throw usageError(
      'missing TRACE: give one or more traces, e.g. pathlight detect pathlight-trace.jsonl',
      'detect',
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
  const problem = thresholdProblem(parsed.error.issues[0]);
  const docs = 'docs/signals.md for each threshold';
  // After a question ("did you mean ...?") the pointer to the docs is a sentence of its own.
  const advice = problem.endsWith('?') ? `${problem} See ${docs}` : `${problem}; see ${docs}`;
  throw new CliError('invalid_thresholds', `${file}: ${advice}`);
}

function thresholdProblem(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'is invalid';
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map(unknownThreshold).join('; ');
  }
  if (issue.path.length === 0) return 'must be one JSON object, e.g. {"rageClicks": 4}';
  return `"${issue.path.join('.')}" ${issue.message}`;
}

function unknownThreshold(key: string): string {
  const close = closestName(key, Object.keys(DEFAULT_THRESHOLDS));
  return `"${key}" is not a threshold${close ? `: did you mean "${close}"?` : ''}`;
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
