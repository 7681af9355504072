import { closestName } from './closest-name.ts';
import { CliError, USAGE_EXIT, type Command } from './command.ts';

const COMMANDS: Record<string, () => Promise<Command>> = {
  detect: async () => (await import('./commands/detect.ts')).detect,
  recognise: async () => (await import('./commands/recognise.ts')).recognise,
  trace: async () => (await import('./commands/trace.ts')).trace,
  paths: async () => (await import('./commands/paths.ts')).paths,
  resolve: async () => (await import('./commands/resolve.ts')).resolve,
  review: async () => (await import('./commands/review.ts')).review,
};

const USAGE = `Usage: pathlight <command> [options]

Commands:
${Object.keys(COMMANDS)
  .map((name) => `  ${name}`)
  .join('\n')}

Run "pathlight <command> --help" for a command's options.

Exit codes: 0 done; 1 a file is missing, of the wrong kind or holds bad data, or the
backend refused or could not be reached; 2 the command line cannot be run as typed.`;

/** Runs one CLI command and returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name) {
    console.error(`pathlight: missing command [usage]\n\n${USAGE}`);
    return USAGE_EXIT;
  }
  if (name === '--help' || name === '-h') {
    console.log(USAGE);
    return 0;
  }

  // Own keys only: "constructor" or "toString" are not commands.
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    const close = closestName(name, Object.keys(COMMANDS));
    const hint = close ? `: did you mean "${close}"?` : '';
    console.error(`pathlight: unknown command "${name}"${hint} [unknown_command]\n\n${USAGE}`);
    return USAGE_EXIT;
  }

  try {
    const command = await load();
    return await command.run(rest);
  } catch (error) {
    if (error instanceof CliError) {
      console.error(`pathlight ${name}: ${error.message} [${error.code}]`);
      return error.exitCode;
    }
    throw error;
  }
}
