/**
 * An error an operator can act on: a bad organisations file, a bad setting, a database migrated
 * by a newer version. `code` is stable for scripts; `message` names the bad value and the fix.
 * Anything else that is thrown is a bug in our own code.
 */
export class BackendError extends Error {
  override readonly name = 'BackendError';

  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
