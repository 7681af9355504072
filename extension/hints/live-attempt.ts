import type { CapturedEvent } from '../../core/events/schema.ts';
import { BUILT_IN_PATHS } from '../../core/flows/library.ts';
import { matchAttempts, type Attempt, type SessionEvent } from '../../core/flows/match.ts';
import type { GoldenPath } from '../../core/flows/schema.ts';

/**
 * The golden-path attempt a user is in on this page, found by matching the page's recent events
 * against the built-in paths, as the store does later for the whole session. Only attempts still
 * open count: one that completed needs no hint.
 */

/** How far back the page's events are kept: a session ends after 30 idle minutes. */
export const RECENT_EVENTS_MS = 30 * 60_000;

/** Most events kept, so one busy page never makes matching slow. */
export const RECENT_EVENTS_MAX = 2_000;

/** Every event here is this page's: one session as far as matching is concerned. */
const PAGE_SESSION = 'page';

/** Where the user is: an open attempt of a path, at one of its steps. */
export interface LiveStep {
  path: GoldenPath;
  /** The step the attempt is at (`Attempt.lastStep`). */
  step: string;
  attempt: Attempt;
}

/** Follows the page's events and answers which attempt is open, at which step. */
export class LiveAttempts {
  private readonly events: SessionEvent[] = [];
  private matched: Attempt[] | null = null;
  private readonly byId: Map<string, GoldenPath>;

  constructor(private readonly paths: readonly GoldenPath[] = BUILT_IN_PATHS) {
    this.byId = new Map(paths.map((path) => [path.id, path]));
  }

  /** Adds a captured event; events come in the order they happened. */
  push(event: CapturedEvent): void {
    this.events.push({ ...event, session: PAGE_SESSION });
    this.trim(event.t);
    this.matched = null;
  }

  /**
   * Adds events from before the first one pushed (a page just loaded learns what came before
   * it); later ones are dropped, being known already.
   */
  restore(earlier: readonly CapturedEvent[]): void {
    const first = this.events[0]?.t ?? Number.POSITIVE_INFINITY;
    const older = earlier
      .filter((event) => event.t < first)
      .map((event) => ({ ...event, session: PAGE_SESSION }));
    if (older.length === 0) return;
    this.events.unshift(...older);
    const last = this.events[this.events.length - 1]!;
    this.trim(last.t);
    this.matched = null;
  }

  /** The events kept, oldest first. */
  recent(): readonly CapturedEvent[] {
    return this.events;
  }

  /** The attempt the user is in now: of the open ones, the one whose step began last. */
  current(): LiveStep | null {
    const [latest] = this.open().sort(
      (a, b) => lastEntry(b) - lastEntry(a) || b.startedAt - a.startedAt,
    );
    if (!latest) return null;
    return { path: this.byId.get(latest.path)!, step: latest.lastStep, attempt: latest };
  }

  /** The step of the open attempt of `pathId`, or null when none is open. */
  stepOf(pathId: string): string | null {
    return this.open().find((attempt) => attempt.path === pathId)?.lastStep ?? null;
  }

  /** Drops events older than `RECENT_EVENTS_MS` before `latest`, and beyond the most kept. */
  private trim(latest: number): void {
    const oldest = latest - RECENT_EVENTS_MS;
    let drop = 0;
    while (
      drop < this.events.length &&
      (this.events.length - drop > RECENT_EVENTS_MAX || this.events[drop]!.t < oldest)
    ) {
      drop += 1;
    }
    if (drop > 0) this.events.splice(0, drop);
  }

  private open(): Attempt[] {
    // An attempt still open when the events run out is closed by the matcher as `session_ended`.
    this.matched ??= matchAttempts(this.events, this.paths).filter(
      (attempt) => attempt.endReason === 'session_ended',
    );
    return [...this.matched];
  }
}

function lastEntry(attempt: Attempt): number {
  return attempt.trail.at(-1)?.at ?? attempt.startedAt;
}
