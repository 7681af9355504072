import { BUILT_IN_PATHS } from '../../core/flows/library.ts';
import type { Config } from '../config/schema.ts';
import type { PathlightDb } from '../store/db.ts';
import { queueEvents } from './queue-events.ts';
import { sendOutbox, type SendReport } from './send-outbox.ts';

export type SyncReport =
  | ({ status: 'done'; queued: number } & SendReport)
  | { status: 'not_configured'; missing: string[] };

/** Aggregates new events into the outbox, then sends what is due. */
export async function syncNow(
  db: PathlightDb,
  config: Config,
  client: string,
  now = Date.now(),
): Promise<SyncReport> {
  const { backendUrl, ingestToken } = config;
  if (!backendUrl || !ingestToken) {
    const missing = [!backendUrl && 'backendUrl', !ingestToken && 'ingestToken'].filter(
      (name): name is string => typeof name === 'string',
    );
    return { status: 'not_configured', missing };
  }

  const queued = await queueEvents(db, BUILT_IN_PATHS, now);
  const sent = await sendOutbox(db, { backendUrl, ingestToken, client, now });
  return { status: 'done', queued: queued.length, ...sent };
}
