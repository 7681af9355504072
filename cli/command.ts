/**
 * Exit codes of every command: 0 when all went well; 1 when a file named on the command line is
 * missing, of the wrong kind, cannot be written or holds bad data; 2 when the command line itself
 * cannot be run as typed (an unknown command or option, a missing argument, a malformed value).
 */
export const USAGE_EXIT = 2;

/** A CLI command: parses its own arguments and returns an exit code. */
export interface Command {
  run(argv: string[]): Promise<number>;
}

/** An error the user can fix: printed as one line with its code, no stack trace. */
export class CliError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** A command line that cannot be run as typed: code `usage`, exit 2, and where to read more. */
export function usageError(message: string, command: string): CliError {
  const help = `pathlight ${command} --help`;
  // After a question ("did you mean ...?") the pointer to the help is a sentence of its own.
  const text = message.endsWith('?') ? `${message} See "${help}"` : `${message}; see "${help}"`;
  return new CliError('usage', text, USAGE_EXIT);
}
