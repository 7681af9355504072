/**
 * `pathlight paths validate|match|mine`: golden-path definitions (`paths/*.json`) and the
 * attempts made of them in traces.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

import {
  BUILT_IN_PATHS,
  formatPathError,
  matchAttempts,
  measureAttempts,
  stepBaselines,
  validatePathFiles,
  type GoldenPath,
} from '../../core/flows/index.ts';
import { idleBaselines } from '../../core/detect/index.ts';
import { minePaths } from '../../core/flows/mine.ts';
import { closestName } from '../closest-name.ts';
import { CliError, usageError, type Command } from '../command.ts';
import { parseOptions, type OptionsConfig } from '../parse-options.ts';
import { readTextFile } from '../read-text-file.ts';
import { writeOutFolder } from '../write-out-folder.ts';
import { readTraceEvents } from './trace-files.ts';

const SUBCOMMANDS = ['validate', 'match', 'mine', 'baselines'];
const USE_SUBCOMMAND = 'use validate, match, mine or baselines';

const USAGE = `Usage: pathlight paths <validate|match|mine|baselines> [options]

Golden paths: one JSON file per path (see the README's "Golden paths" section).

Commands:
  validate [DIR]           checks every *.json in DIR (default: paths): prints
                           "FILE: ok ID@VERSION (N steps)", or each problem as
                           FILE: FIELD: what to write instead [code]; exits 1 when any file
                           is refused
  match TRACE...           the attempts of each path in the traces, as JSON: path and version,
                           completed or abandoned, per-step times, deviations
  mine TRACE...            proposes draft paths from the most frequent successful sequences
  baselines TRACE...       pause baselines for "pathlight detect --baselines": per screen, P50
                           and P90 of the idle gaps inside completed attempts (5 gaps at least)

Options:
  --paths DIR              match, baselines: read the paths from DIR, not the built-in library
  --summary                match: print coverage, completion, time and deviation rate per path
                           and step, and the step baselines, instead of the attempts
  --out DIR                mine: write each draft to DIR/ID.json, ready to edit and validate,
                           and print the variants and the directly-follows graph
  --min-share N            mine: keep variants with at least this share of their goal (default 0.2)
  -h, --help               show this help

Codes: invalid_json, invalid_path, duplicate_path, invalid_paths, not_a_folder, no_paths,
file_not_found, invalid_trace, out_not_a_folder, out_unwritable, usage.`;

/** The `paths` command. */
export const paths: Command = {
  async run(argv) {
    const [name, ...rest] = argv;
    if (argv.some((arg) => arg === '--help' || arg === '-h')) {
      console.log(USAGE);
      return 0;
    }
    if (!name) throw usageError(`missing command: ${USE_SUBCOMMAND}`, 'paths');
    switch (name) {
      case 'validate':
        return validate(rest);
      case 'match':
        return match(rest);
      case 'mine':
        return mine(rest);
      case 'baselines':
        return baselines(rest);
      default: {
        const close = closestName(name, SUBCOMMANDS);
        const hint = close ? `did you mean "${close}"?` : USE_SUBCOMMAND;
        throw usageError(`unknown paths command "${name}": ${hint}`, 'paths');
      }
    }
  },
};

async function validate(argv: string[]): Promise<number> {
  const { positionals } = parse(argv, {});
  if (positionals.length > 1)
    throw usage('validate takes one folder, e.g. pathlight paths validate paths');
  const dir = positionals[0] ?? 'paths';
  const { valid, errors } = validatePathFiles(await readPathFolder(dir));

  for (const { file, path } of valid) {
    console.log(`${file}: ok ${path.id}@${path.version} (${path.steps.length} steps)`);
  }
  for (const error of errors) console.error(formatPathError(error));
  console.log(
    `${valid.length} valid, ${errors.length === 0 ? 'no problems' : `${errors.length} problem(s)`}`,
  );
  return errors.length === 0 ? 0 : 1;
}

async function match(argv: string[]): Promise<number> {
  const { positionals, values } = parse(argv, {
    paths: { type: 'string' },
    summary: { type: 'boolean', default: false },
  });
  const library = values.paths ? await loadPaths(values.paths) : BUILT_IN_PATHS;
  const { events, bad } = await readTraces(positionals, 'match');

  const attempts = matchAttempts(events, library);
  if (values.summary) {
    const sessions = [...new Set(events.map((event) => event.session))];
    const measures = measureAttempts(attempts, library, { sessions }).filter((m) => m.attempts > 0);
    console.log(JSON.stringify({ measures, baselines: stepBaselines(attempts) }, null, 2));
  } else {
    console.log(JSON.stringify(attempts, null, 2));
  }
  return bad ? 1 : 0;
}

async function baselines(argv: string[]): Promise<number> {
  const { positionals, values } = parse(argv, { paths: { type: 'string' } });
  const library = values.paths ? await loadPaths(values.paths) : BUILT_IN_PATHS;
  const { events, bad } = await readTraces(positionals, 'baselines');

  console.log(JSON.stringify(idleBaselines(events, matchAttempts(events, library)), null, 2));
  return bad ? 1 : 0;
}

async function mine(argv: string[]): Promise<number> {
  const { positionals, values } = parse(argv, {
    out: { type: 'string' },
    'min-share': { type: 'string' },
  });
  const minShare = values['min-share'] === undefined ? undefined : Number(values['min-share']);
  if (minShare !== undefined && !(minShare > 0 && minShare <= 1)) {
    throw usage(
      `--min-share must be a share between 0 and 1, e.g. 0.2 (got "${String(values['min-share'])}")`,
    );
  }
  const { events, bad } = await readTraces(positionals, 'mine');

  const mined = minePaths(events, { minShare });
  const { drafts, ...report } = mined;
  if (values.out) {
    const dir = values.out;
    await writeOutFolder(
      dir,
      drafts.map((draft) => ({
        name: `${draft.id}.json`,
        text: `${JSON.stringify(draft, null, 2)}\n`,
      })),
    );
    console.log(JSON.stringify(report, null, 2));
    console.error(
      `${drafts.length} draft path(s) written to ${dir}; review them, then run pathlight paths validate ${dir}`,
    );
  } else {
    console.log(JSON.stringify(mined, null, 2));
  }
  return bad ? 1 : 0;
}

function parse<const T extends OptionsConfig>(argv: string[], options: T) {
  return parseOptions(argv, options, 'paths');
}

function usage(message: string): CliError {
  return usageError(message, 'paths');
}

/** The events of every trace; bad lines are named on stderr and left out. */
function readTraces(files: string[], command: string) {
  if (files.length === 0)
    throw usage(
      `missing TRACE: give one or more traces, e.g. pathlight paths ${command} trace.jsonl`,
    );
  return readTraceEvents(files);
}

/** Every `*.json` of a folder, read. */
async function readPathFolder(dir: string): Promise<{ file: string; text: string }[]> {
  const info = await stat(dir).catch(() => null);
  if (!info) throw new CliError('file_not_found', `no folder at "${dir}": check the path`);
  if (!info.isDirectory())
    throw new CliError(
      'not_a_folder',
      `"${dir}" is a file: give the folder that holds the path files`,
    );

  const names = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
  if (names.length === 0) throw new CliError('no_paths', `"${dir}" holds no *.json path file`);
  return Promise.all(
    names.map(async (name) => {
      const file = path.join(dir, name);
      return { file, text: await readTextFile(file, 'path file') };
    }),
  );
}

async function loadPaths(dir: string): Promise<GoldenPath[]> {
  const { paths: valid, errors } = validatePathFiles(await readPathFolder(dir));
  if (errors.length > 0) {
    for (const error of errors) console.error(formatPathError(error));
    throw new CliError(
      'invalid_paths',
      `${errors.length} problem(s) in "${dir}": fix them, or run pathlight paths validate ${dir}`,
    );
  }
  return valid;
}
