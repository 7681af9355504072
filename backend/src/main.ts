/**
 * The backend server: `npx tsx backend/src/main.ts`. Settings come from the environment (see
 * config.ts and backend/README.md); the listening address goes to stdout. A start that fails
 * writes one line to stderr, `Pathlight backend cannot start: <message> [<code>]`, and exits 1.
 */
import { BackendError } from './backend-error.ts';
import { readConfig } from './config.ts';
import { createLogger, type Logger } from './logger.ts';
import { startBackend, type RunningBackend } from './start.ts';

// A failed start closes what it opened, so the process ends by itself at once. Only a PGlite
// start that timed out cannot be cancelled and may hold the process: it leaves after this.
const FORCED_EXIT_MS = 3_000;

async function run(): Promise<void> {
  const result = readConfig(process.env);
  if (!result.ok) return cannotStart(result.code, result.message);
  const { config } = result;
  const logger = createLogger({ level: config.logLevel });

  let backend: RunningBackend;
  try {
    backend = await startBackend({
      port: config.port,
      host: config.host,
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      organisationsFile: config.organisationsFile,
      onFatal: (error) => stopNow(logger, error),
      logger,
    });
  } catch (error) {
    if (error instanceof BackendError) return cannotStart(error.code, error.message);
    throw error;
  }
  logger.info('listening', { url: backend.url });
  process.stdout.write(`Pathlight backend listening on ${backend.url}\n`);

  const stop = (signal: string) => {
    logger.info('stopping', { signal });
    backend.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error('stop failed', { error: String(error) });
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

function cannotStart(code: string, message: string): void {
  process.stderr.write(`Pathlight backend cannot start: ${message} [${code}]\n`);
  process.exitCode = 1;

  setTimeout(() => {
    process.stderr.write(
      'Pathlight backend: something stayed open after the failed start; exiting anyway ' +
        '[forced_exit]\n',
    );
    process.exit(1);
  }, FORCED_EXIT_MS).unref();
}

// The store has closed itself; answering 500 until someone notices helps nobody. A supervisor
// restarting the server gets `data_dir_locked` while the other process holds the folder.
function stopNow(logger: Logger, error: BackendError): void {
  logger.error('stopping', { code: error.code, message: error.message });
  process.exit(1);
}

await run();
