/** What the options page shows of the store. Every value is a count or a technical name. */
export interface StoredOverview {
  events: number;
  sessions: number;
  /** Outbox batches waiting for the backend. */
  outbox: number;
  /** Events the backend has not acknowledged yet (new or queued). */
  unsynced: number;
  /** Events per type, most frequent first; types without events are left out. */
  byType: { type: string; events: number }[];
  /** The most recent sessions, latest first. */
  recentSessions: SessionOverview[];
  /** The most recent events, latest first. */
  latest: EventRow[];
}

export interface SessionOverview {
  /** The local random session id. */
  session: string;
  startedAt: number;
  lastAt: number;
  events: number;
}

/** One event as a row of the options page's table. */
export interface EventRow {
  /** The event's store key: its `seq` in an export. */
  seq: number;
  t: number;
  type: string;
  app: string | null;
  model: string | null;
  viewType: string | null;
  state: string | null;
  targetRole: string | null;
  /** The target's technical name: button or field `name`, menu xmlid or state key. */
  targetName: string | null;
}

/** One part of an export: JSON Lines text, the header line in the first part only. */
export interface ExportChunk {
  text: string;
  /** Events in this part. */
  events: number;
  /** The `seq` to continue after, or null when this was the last part. */
  next: number | null;
}

/** What was deleted. */
export interface DeleteReport {
  events: number;
  sessions: number;
  outbox: number;
  /** Golden-path attempts summarised from the events. */
  attempts: number;
}
