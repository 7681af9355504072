import type { CapturedEvent } from '../../core/events/schema.ts';
import { logger } from '../logger.ts';
import type { PathlightDb } from './db.ts';
import { deletableStates, deleteOldestEvents } from './delete-oldest-events.ts';
import { recordEvent } from './record-event.ts';

/**
 * Synced events removed to make room when the browser's storage quota is reached: a few MB at
 * a few hundred bytes an event, enough for the retried write and the next ones.
 */
export const QUOTA_EVICTION_EVENTS = 5_000;

export type StoreResult =
  { ok: true; session: string } | { ok: false; code: 'store_full'; message: string };

export interface StoreOptions {
  /** Whether a backend is configured; see `deletableStates`. Default true. */
  syncing?: boolean;
}

/**
 * Records one event, making room when the storage quota is reached: the oldest synced events go
 * and the write is tried once more. `ok` means the event is in the store; when even the retry
 * fails the event is refused with `store_full`, so the sender knows it was not kept.
 */
export async function storeEvent(
  db: PathlightDb,
  event: CapturedEvent,
  origin: string,
  user: string | null,
  options: StoreOptions = {},
): Promise<StoreResult> {
  try {
    return { ok: true, session: await recordEvent(db, event, origin, user) };
  } catch (error) {
    if (!isQuotaError(error)) throw error;
  }

  const states = deletableStates(options.syncing ?? true);
  const evicted = await deleteOldestEvents(db, { states, limit: QUOTA_EVICTION_EVENTS });
  logger.warn(
    `the browser's storage quota for Pathlight is reached: removed the ${evicted} oldest ` +
      'synced events and retried [store_quota_exceeded]',
  );

  try {
    return { ok: true, session: await recordEvent(db, event, origin, user) };
  } catch (error) {
    if (!isQuotaError(error)) throw error;
  }

  const message =
    'the event was not stored: the storage quota is reached and no synced event is left to ' +
    'remove; check that the backend is reachable, or lower maxStoredEvents';
  logger.error(`${message} [store_full]`);
  return { ok: false, code: 'store_full', message };
}

/**
 * Dexie wraps the browser's `QuotaExceededError` (a DOMException) in its own error of the same
 * name, and an aborted transaction can carry it as its `inner` error.
 */
function isQuotaError(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false;
  const { name, inner, cause } = error as { name?: unknown; inner?: unknown; cause?: unknown };
  return name === 'QuotaExceededError' || isQuotaError(inner ?? cause, depth + 1);
}
