import type { Config } from './schema.ts';

/** True when aggregates can be sent: a backend and its ingest token are both set. */
export function isSyncConfigured(config: Config): boolean {
  return Boolean(config.backendUrl && config.ingestToken);
}
