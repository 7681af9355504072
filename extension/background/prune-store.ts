import { isSyncConfigured } from '../config/is-sync-configured.ts';
import type { Config } from '../config/schema.ts';
import { logger } from '../logger.ts';
import type { PathlightDb } from '../store/db.ts';
import { pruneEvents, type PruneReport } from '../store/prune-events.ts';

/** Applies the configured retention and cap to the store; see `pruneEvents`. */
export async function pruneStore(
  db: PathlightDb,
  config: Config,
  now = Date.now(),
): Promise<PruneReport> {
  const report = await pruneEvents(db, {
    retentionDays: config.retentionDays,
    maxStoredEvents: config.maxStoredEvents,
    syncing: isSyncConfigured(config),
    now,
  });
  logger.debug('pruned', report);
  return report;
}
