import { parseArgs, type ParseArgsConfig } from 'node:util';

import { closestName } from './closest-name.ts';
import { usageError } from './command.ts';

/** The options a command accepts, in `node:util` `parseArgs` form. */
export type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** An option as typed, as `parseArgs` reports it in its tokens. */
interface OptionToken {
  name: string;
  rawName: string;
  value?: string | undefined;
  inlineValue?: boolean | undefined;
}

/** Every command takes `-h`/`--help`. */
const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;

/**
 * Parses a command line into positionals and typed option values, `--help` included. Every
 * mistake is refused as one `usage` error in the same words for every command: an unknown option
 * (with the closest known one, or the list), a missing value, a value given to a switch, an
 * option given twice. `command` names the help to read, e.g. `paths` for `pathlight paths --help`.
 */
export function parseOptions<const T extends OptionsConfig>(
  argv: string[],
  commandOptions: T,
  command: string,
) {
  const options = { ...commandOptions, ...HELP_OPTION };

  // A loose first pass sees every token, so each mistake can be worded here; Node's own
  // messages quote the option unevenly and suggest a `--` workaround few users need.
  const { tokens } = parseArgs({
    args: argv,
    options,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const seen = new Set<string>();
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const problem = optionProblem(token, options, seen);
    if (problem) throw usageError(problem, command);
    seen.add(token.name);
  }

  return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
}

function optionProblem(
  token: OptionToken,
  options: OptionsConfig,
  seen: ReadonlySet<string>,
): string | undefined {
  const config = Object.hasOwn(options, token.name) ? options[token.name] : undefined;
  if (!config) return unknownOption(token, options);

  const name = `--${token.name}`;
  if (config.type === 'boolean') {
    return token.inlineValue ? `${name} takes no value: write ${name} alone` : undefined;
  }
  if (token.value === undefined) return `${name} needs a value`;
  if (!token.inlineValue && token.value.startsWith('-')) {
    return (
      `${name} needs a value, but "${token.value}" follows it; ` +
      `write ${name}=${token.value} if that is the value`
    );
  }
  if (seen.has(token.name) && !config.multiple) {
    return `${name} is given twice: give it once`;
  }
  return undefined;
}

function unknownOption({ name, rawName }: OptionToken, options: OptionsConfig): string {
  const known = Object.keys(options);
  // A short option is one letter: any other letter would be "close" to it.
  const close = rawName.startsWith('--') ? closestName(name, known) : undefined;
  if (close) return `unknown option "${rawName}": did you mean "--${close}"?`;

  const names = known.map((option) => `--${option}`);
  if (names.length === 1) return `unknown option "${rawName}": the only option is ${names[0]!}`;
  const list = `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`;
  return `unknown option "${rawName}": the options are ${list}`;
}
