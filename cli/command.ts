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
