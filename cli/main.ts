import { CliError, type Command } from './command.ts';

const COMMANDS: Record<string, () => Promise<Command>> = {
  detect: async () => (await import('./commands/detect.ts')).detect,
  recognise: async () => (await import('./commands/recognise.ts')).recognise,
  trace: async () => (await import('./commands/trace.ts')).trace,
  paths: async () => (await import('./commands/paths.ts')).paths,
};

const USAGE = `Usage: pathlight <command> [options]

Commands:
${Object.keys(COMMANDS)
  .map((name) => `  ${name}`)
  .join('\n')}

Run "pathlight <command> --help" for a command's options.`;

/** Runs one CLI command and returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name) {
    console.error(`pathlight: missing command [usage]\n\n${USAGE}`);
    return 2;
  }
  if (name === '--help' || name === '-h') {
    console.log(USAGE);
    return 0;
  }

  const load = COMMANDS[name];
  if (!load) {
    console.error(`pathlight: unknown command "${name}" [unknown_command]\n\n${USAGE}`);
    return 2;
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
