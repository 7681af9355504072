/**
 * The backend server: `npx tsx backend/src/main.ts`. Settings come from the environment (see
 * config.ts and backend/README.md); the listening address goes to stdout.
 */
import { BackendError } from './backend-error.ts';
import { readConfig } from './config.ts';
import { createLogger, logLevelFromEnv } from './logger.ts';
import { startBackend, type RunningBackend } from './start.ts';

const logger = createLogger({ level: logLevelFromEnv(process.env.PATHLIGHT_LOG_LEVEL) });

async function run(): Promise<void> {
  const result = readConfig(process.env);
  if (!result.ok) return fail(result.code, result.message);
  const { config } = result;

  let backend: RunningBackend;
  try {
    backend = await startBackend({
      port: config.port,
      host: config.host,
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      organisationsFile: config.organisationsFile,
      logger,
    });
  } catch (error) {
    if (error instanceof BackendError) return fail(error.code, error.message);
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

function fail(code: string, message: string): void {
  logger.error('cannot start', { code, message });
  process.exitCode = 1;
}

await run();
