import Dexie, { type Table } from 'dexie';

import type { Signal } from '../../core/detect/types.ts';
import type { StoredEvent, SyncState } from '../../core/events/schema.ts';
import type { AggregateRow, AttemptRow, SessionRow } from '../../core/sync/schema.ts';

/** One user's activity on one Odoo, split after `SESSION_IDLE_MS` of inactivity. */
export interface SessionRecord {
  /** Random id, also the session id the backend sees. */
  id: string;
  /** Origin of the Odoo the session is on. Stays in this browser. */
  origin: string;
  /** The user's pseudonym, or null when unknown. */
  user: string | null;
  startedAt: number;
  lastAt: number;
  /** Set once the session is over and its attempts are in `attempts`: it is not read again. */
  summarised?: boolean;
  /** Days (`YYYY-MM-DD`) whose session row has been put in an outbox batch. */
  sentDays?: string[];
}

/** A batch of rows waiting to be acknowledged by the backend. */
export interface OutboxBatch {
  batchId: string;
  rows: AggregateRow[];
  /** Absent in batches queued before sessions and attempts were synced. */
  sessionRows?: SessionRow[];
  attemptRows?: AttemptRow[];
  /** Ids of the events the rows were made from, marked sent once the batch is acknowledged. */
  eventIds: number[];
  /** Keys of the attempts in `attemptRows`, marked sent once the batch is acknowledged. */
  attemptKeys?: string[];
  createdAt: number;
  attempts: number;
  nextAttemptAt: number;
  /** Code of the last failure, for the options page. */
  lastError: string | null;
}

/**
 * A closed golden-path attempt of this browser's user, as sent to the backend (`row`), with
 * `key` telling it apart from the attempts found again in the same session later. Kept after it
 * is sent: the user's own successes are the first source of hints.
 */
export interface LocalAttempt {
  /** `attemptKey` of core/summarise: session, path and start. */
  key: string;
  row: AttemptRow;
  /** The attempt's start, ms since the epoch: retention prunes by it. */
  startedAt: number;
  sync: SyncState;
}

/** A signal raised on a page, with the Odoo it was raised on. Stays in this browser. */
export type StoredSignal = Signal & { id?: number; origin: string };

/** The extension's local store, in the extension's own IndexedDB. */
export class PathlightDb extends Dexie {
  events!: Table<StoredEvent, number>;
  sessions!: Table<SessionRecord, string>;
  outbox!: Table<OutboxBatch, string>;
  signals!: Table<StoredSignal, number>;
  attempts!: Table<LocalAttempt, string>;

  constructor(name = 'pathlight') {
    super(name);
    this.version(1).stores({
      events: '++id, session, sync, t',
      sessions: 'id, origin, lastAt',
      outbox: 'batchId, nextAttemptAt',
    });
    // Version 2 indexes what pruning and the options page ask for, so that neither has to load
    // every event: `[sync+t]` finds the oldest sent events, `type` counts events by type, and
    // `*eventIds` finds a batch that still refers to an event.
    this.version(2).stores({
      events: '++id, session, sync, t, type, [sync+t]',
      outbox: 'batchId, nextAttemptAt, *eventIds',
    });
    // Version 3 keeps the signals the live detectors raise, for hints and for inspection.
    this.version(3).stores({ signals: '++id, t, kind' });
    // Version 4 keeps the golden-path attempts summarised from the events, for sync and hints.
    this.version(4).stores({ attempts: 'key, sync, startedAt, row.path' });
  }
}
