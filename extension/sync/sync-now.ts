import { BUILT_IN_PATHS } from '../../core/flows/library.ts';
import type { Config } from '../config/schema.ts';
import type { PathlightDb } from '../store/db.ts';
import { queueEvents } from './queue-events.ts';
import { sendOutbox, type SendReport } from './send-outbox.ts';
import { summariseAttempts } from './summarise-attempts.ts';

export type SyncReport =
  | ({ status: 'done'; queued: number; attempts: number } & SendReport)
  | { status: 'not_configured'; missing: string[]; attempts: number };

/**
 * Summarises the attempts that have closed, then, when a backend is configured, aggregates what
 * is new into the outbox and sends what is due. Attempts are summarised without a backend too:
 * the user's own successes feed their hints.
 */
export async function syncNow(
  db: PathlightDb,
  config: Config,
  client: string,
  now = Date.now(),
): Promise<SyncReport> {
  const { attempts } = await summariseAttempts(db, BUILT_IN_PATHS, config, now);

  const { backendUrl, ingestToken } = config;
  if (!backendUrl || !ingestToken) {
    const missing = [!backendUrl && 'backendUrl', !ingestToken && 'ingestToken'].filter(
      (name): name is string => typeof name === 'string',
    );
    return { status: 'not_configured', missing, attempts };
  }

  const queued = await queueEvents(db, BUILT_IN_PATHS, now, config);
  const sent = await sendOutbox(db, { backendUrl, ingestToken, client, now });
  return { status: 'done', queued: queued.length, attempts, ...sent };
}
