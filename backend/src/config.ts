import { z } from 'zod';

import { LOG_LEVELS, type LogLevel } from './logger.ts';
import { DEFAULT_DATA_DIR } from './store/index.ts';
import { summariseIssues, toIssues } from './zod-issues.ts';

/** The server's settings, read from the environment. */
export interface ServerConfig {
  /** `PORT`, default 8787. */
  port: number;
  /** `HOST`, default 127.0.0.1: only this machine can connect until an operator opens it. */
  host: string;
  /** `DATABASE_URL`: PostgreSQL when set, PGlite otherwise. */
  databaseUrl: string | undefined;
  /** `PATHLIGHT_DATA_DIR`, default `.data/pglite`. */
  dataDir: string;
  /** `PATHLIGHT_ORGS_FILE`, default `backend/demo-organisations.json`. */
  organisationsFile: string;
  /** `PATHLIGHT_LOG_LEVEL`, default `info`. */
  logLevel: LogLevel;
}

export type ConfigResult =
  { ok: true; config: ServerConfig } | { ok: false; code: 'invalid_config'; message: string };

export const DEFAULT_PORT = 8787;
export const DEFAULT_ORGS_FILE = 'backend/demo-organisations.json';

const envSchema = z.object({
  PORT: z.coerce
    .number({ message: 'must be a port number' })
    .int('must be a whole number')
    .min(0)
    .max(65_535)
    .default(DEFAULT_PORT),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  PATHLIGHT_DATA_DIR: z.string().min(1).default(DEFAULT_DATA_DIR),
  PATHLIGHT_ORGS_FILE: z.string().min(1).default(DEFAULT_ORGS_FILE),
  // README promises that a bad value stops the server: a typo must not silently mean `info`.
  PATHLIGHT_LOG_LEVEL: z
    .enum(LOG_LEVELS, {
      error: (issue) => `is "${String(issue.input)}"; use one of ${LOG_LEVELS.join(', ')}`,
    })
    .default('info'),
});

/** Reads the server's settings; empty variables count as unset. */
export function readConfig(env: Record<string, string | undefined>): ConfigResult {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    return {
      ok: false,
      code: 'invalid_config',
      message: `Environment variable ${summariseIssues(toIssues(parsed.error))}. Fix or unset it.`,
    };
  }

  const vars = parsed.data;
  return {
    ok: true,
    config: {
      port: vars.PORT,
      host: vars.HOST,
      databaseUrl: vars.DATABASE_URL,
      dataDir: vars.PATHLIGHT_DATA_DIR,
      organisationsFile: vars.PATHLIGHT_ORGS_FILE,
      logLevel: vars.PATHLIGHT_LOG_LEVEL,
    },
  };
}
