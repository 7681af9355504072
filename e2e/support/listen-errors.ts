import { createServer } from 'node:net';

/**
 * Turns the errors of starting a local server into one line a person can act on: which port,
 * what is wrong, and which setting changes it.
 */
export function describeListenError(error: unknown, port: number, setting: string): string {
  const code = (error as { code?: string; cause?: { code?: string } }).cause?.code ?? '';
  const own = (error as { code?: string }).code ?? '';
  if ([code, own].includes('EADDRINUSE') || /EADDRINUSE/.test(String(error))) {
    return `port ${port} is already in use: stop what uses it, or set ${setting} to a free port [port_in_use]`;
  }
  if ([code, own].includes('EACCES')) {
    return `port ${port} needs privileges: set ${setting} to a port above 1023 [port_denied]`;
  }
  // The backend's own coded errors (data_dir_locked, store_start_timeout, ...) keep their code.
  const ours = /^[a-z]+(?:_[a-z]+)+$/.test(own) ? own : 'listen_failed';
  return `${error instanceof Error ? error.message : String(error)} [${ours}]`;
}

/** Reads a port number from a setting; throws a coded message when it is not one. */
export function portFrom(value: string | undefined, fallback: number, setting: string): number {
  if (value === undefined || value === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`${setting}="${value}" is not a port number (0 to 65535) [invalid_port]`);
  }
  return port;
}

/**
 * Throws the coded message of `describeListenError` when `port` cannot be listened on now: for a
 * check before long work, such as a build, that would otherwise end on a busy port.
 */
export async function assertPortFree(port: number, setting: string): Promise<void> {
  if (port === 0) return;
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  }).catch((error: unknown) => {
    throw new Error(describeListenError(error, port, setting));
  });
}
