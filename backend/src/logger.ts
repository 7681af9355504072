/**
 * The backend's one logger. Each line is a prefix and a JSON object, so an operator can read it
 * and a log shipper can parse it. Tests pass `silentLogger`.
 */

/** Every level, quietest last. */
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;

export type LogLevel = (typeof LOG_LEVELS)[number];

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

export interface LoggerOptions {
  /** Put before every line. Default `[pathlight:backend]`. */
  prefix?: string;
  /** Lines below this level are dropped. Default `info`. */
  level?: LogLevel;
  /** Where a finished line goes. Default: stderr for warn and error, stdout otherwise. */
  write?: (line: string, level: LogLevel) => void;
}

const LEVEL_RANK: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };

/** Creates a logger that writes one prefixed JSON line per call. */
export function createLogger(options: LoggerOptions = {}): Logger {
  const prefix = options.prefix ?? '[pathlight:backend]';
  const minRank = LEVEL_RANK[options.level ?? 'info'];
  const write = options.write ?? writeToProcess;

  const log = (level: LogLevel) => (message: string, fields?: LogFields) => {
    if (LEVEL_RANK[level] < minRank) return;
    const body = JSON.stringify({ time: new Date().toISOString(), level, msg: message, ...fields });
    write(`${prefix} ${body}`, level);
  };

  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

/** A logger that drops everything, for tests. */
export const silentLogger: Logger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
};

function writeToProcess(line: string, level: LogLevel): void {
  const stream = LEVEL_RANK[level] >= LEVEL_RANK.warn ? process.stderr : process.stdout;
  stream.write(`${line}\n`);
}
