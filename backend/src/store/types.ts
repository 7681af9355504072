import type { BackendError } from '../backend-error.ts';

/** Anything that runs SQL: the store itself, or the open transaction handed to a callback. */
export interface Queryable {
  /** Runs one statement with `$1`-style parameters and returns its rows. */
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/**
 * Where the backend keeps organisations, batches and rows. The same SQL runs on embedded PGlite
 * and on a PostgreSQL server, so nothing above this interface knows which one it talks to.
 */
export interface Store extends Queryable {
  /** Which engine is behind the store, for the start-up log line. */
  readonly engine: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Applies the migrations not yet recorded in `migrations`, in order; returns their names. */
  migrate(): Promise<string[]>;
  close(): Promise<void>;
}

export interface StoreOptions {
  /** A PostgreSQL connection string. When set, PGlite is not used. */
  databaseUrl?: string;
  /**
   * PGlite's data folder, or `memory://` for a throw-away store. Default `.data/pglite`. Created
   * if missing, and locked: one process at a time.
   */
  dataDir?: string;
  /** Longest wait for PGlite to start. Default 60 s (`PGLITE_START_TIMEOUT_MS`). */
  startTimeoutMs?: number;
  /**
   * Called if the PGlite folder's lock is lost while the store is open; the store has closed
   * itself by then. Default: the error is logged.
   */
  onLockLost?: (error: BackendError) => void;
}

/** One versioned change to the schema. Never edit one that has shipped: add the next. */
export interface Migration {
  /** Applied in ascending order; also the key in the `migrations` table. */
  version: number;
  name: string;
  sql: string;
}
