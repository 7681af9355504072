import type { CapturedEvent } from '../events/schema.ts';
import type { Screen } from '../screen/types.ts';
import type { GoldenPath } from './schema.ts';
import { compileStep, type CompiledStep, type MatchContext } from './step-matcher.ts';

/**
 * Attempts: runs of a golden path inside a session. An attempt starts when the user reaches the
 * path's first required step (or an optional step before it), moves forward when an event
 * matches a later step, goes back when a screen change lands on an earlier one, and ends when
 * the success step is reached (completed), when it has been open longer than the path's
 * maximum duration, or when the session ends (both abandoned).
 *
 * Each path is matched on its own, so one session can hold attempts of several paths at once:
 * a purchase that ends in a receipt is an attempt of both.
 */

/** An event with the session it belongs to, as traces and the local store hold them. */
export type SessionEvent = CapturedEvent & { session: string };

/** Loops: a step entered this many times in one attempt (unless it is repeatable). */
export const LOOP_ENTRIES = 3;

/**
 * Required steps an event may jump over. One skipped step is a deviation worth reporting; an
 * event that would skip more belongs to other work (a posted invoice looked up in the middle
 * of a sale is not the sale's invoice).
 */
export const MAX_SKIPPED_STEPS = 1;

export type DeviationKind = 'skipped' | 'backtrack' | 'detour' | 'loop';

export interface Deviation {
  kind: DeviationKind;
  /** When it happened. */
  t: number;
  /**
   * Where: the step skipped, the step gone back to, the step a detour left from, the step
   * entered again and again.
   */
  step: string;
  /** For a backtrack, the step left. */
  from?: string;
  /** For a detour, how many off-path screens it went through and how long it lasted. */
  screens?: number;
  durationMs?: number;
  /** For a loop, the steps in the order they were entered. */
  sequence?: string[];
}

/** Time spent at one step of an attempt. */
export interface StepTime {
  step: string;
  /** First entry and last exit. */
  enteredAt: number;
  exitedAt: number;
  /** Time at the step over all its visits (detours from it included). */
  durationMs: number;
  visits: number;
}

export type AttemptStatus = 'completed' | 'abandoned';

export interface Attempt {
  path: string;
  version: number;
  session: string;
  status: AttemptStatus;
  /** Why an abandoned attempt ended. */
  endReason: 'completed' | 'timed_out' | 'session_ended';
  startedAt: number;
  endedAt: number;
  durationMs: number;
  /** The furthest step reached, and the step the user was at when the attempt ended. */
  furthestStep: string;
  lastStep: string;
  /** Steps in path order, only those reached. */
  steps: StepTime[];
  /**
   * Every entry into a step, in time order: each is one visit, and lasts until the next entry
   * (the last until `endedAt`). A return from a detour is a new visit of the same step.
   */
  trail: StepEntry[];
  deviations: Deviation[];
}

/** One entry into a step. */
export interface StepEntry {
  step: string;
  at: number;
}

/** Matches every path against every session in `events` (any order). */
export function matchAttempts(
  events: readonly SessionEvent[],
  paths: readonly GoldenPath[],
): Attempt[] {
  const matchers = paths.map(compilePath);
  const attempts: Attempt[] = [];
  for (const [session, sessionEvents] of bySession(events)) {
    for (const matcher of matchers) attempts.push(...matcher.run(session, sessionEvents));
  }
  return attempts.sort((a, b) => a.startedAt - b.startedAt || a.path.localeCompare(b.path));
}

interface PathMatcher {
  run(session: string, events: readonly CapturedEvent[]): Attempt[];
}

function compilePath(path: GoldenPath): PathMatcher {
  const steps = path.steps.map(compileStep);
  const firstRequired = path.steps.findIndex((step) => !step.optional);
  const successId = path.success?.step ?? path.steps[path.steps.length - 1]!.id;
  const success = path.steps.findIndex((step) => step.id === successId);
  const maxDurationMs = path.maxDurationMinutes * 60_000;

  return {
    run(session, events) {
      const attempts: Attempt[] = [];
      // A look at a list on the way elsewhere is not an attempt: it must reach a required step.
      const finish = (attempt: OpenAttempt, reason: Attempt['endReason']) => {
        if (attempt.furthest >= firstRequired) attempts.push(attempt.close(reason));
      };
      const context: MatchContext = { menu: null };
      let open: OpenAttempt | null = null;
      let previousScreen: string | null = null;

      for (const event of events) {
        const screen = screenKey(event.screen);
        const screenChanged = screen !== previousScreen || event.type === 'navigate';
        previousScreen = screen;

        if (open && event.t - open.startedAt > maxDurationMs) {
          finish(open, 'timed_out');
          open = null;
        }

        if (!open) {
          const start = firstMatch(steps, 0, firstRequired, event, context);
          if (start !== -1 && start < success)
            open = new OpenAttempt(path, session, steps, event.t, start);
        } else {
          open.see(event, context, screenChanged);
          if (open.current === success) {
            finish(open, 'completed');
            open = null;
          }
        }

        if (event.type === 'click' && event.target.menu !== null) {
          if (event.target.role === 'menu' || event.target.role === 'app')
            context.menu = event.target.menu;
        }
      }
      if (open) finish(open, 'session_ended');
      return attempts;
    },
  };
}

/** An attempt being followed, event by event. */
class OpenAttempt {
  current: number;
  furthest: number;
  private lastAt: number;
  private visitStart: number;
  private readonly times = new Map<number, StepTime>();
  private readonly deviations: Deviation[] = [];
  private readonly entries: number[] = [];
  private readonly trail: StepEntry[] = [];
  private readonly looped = new Set<number>();
  private detour: { since: number; screens: number } | null = null;

  /** The furthest step an event can move the attempt to from the current one. */
  private get reach(): number {
    let required = 0;
    for (let index = this.current + 1; index < this.steps.length; index += 1) {
      if (!this.steps[index]!.step.optional) required += 1;
      if (required > MAX_SKIPPED_STEPS) return index;
    }
    return this.steps.length - 1;
  }

  constructor(
    private readonly path: GoldenPath,
    private readonly session: string,
    private readonly steps: readonly CompiledStep[],
    readonly startedAt: number,
    start: number,
  ) {
    this.current = start;
    this.furthest = start;
    this.lastAt = startedAt;
    this.visitStart = startedAt;
    this.enter(start, startedAt);
  }

  see(event: CapturedEvent, context: MatchContext, screenChanged: boolean): void {
    const t = event.t;
    this.lastAt = t;
    const next = this.nextStep(event, context);

    if (next === null) {
      // A new screen that no step names starts (or extends) a detour. The screen behind a
      // closed dialog, or an error shown over the form, is still the path's.
      if (screenChanged && !this.steps.some((step) => step.matches(event, context))) {
        if (this.detour) this.detour.screens += 1;
        else this.detour = { since: t, screens: 1 };
      }
      return;
    }

    if (this.detour) {
      this.endDetour(t);
      if (next === this.current) this.reenter(t);
    }
    if (next === this.current) return;

    if (next > this.current) {
      for (let skipped = this.current + 1; skipped < next; skipped += 1) {
        const step = this.steps[skipped]!.step;
        if (!step.optional && !this.times.has(skipped)) {
          this.deviations.push({ kind: 'skipped', t, step: step.id });
        }
      }
    } else {
      this.deviations.push({
        kind: 'backtrack',
        t,
        step: this.idOf(next),
        from: this.idOf(this.current),
      });
    }
    this.leave(t);
    this.current = next;
    this.furthest = Math.max(this.furthest, next);
    this.enter(next, t);
  }

  close(reason: Attempt['endReason']): Attempt {
    const endedAt = this.lastAt;
    if (this.detour) this.endDetour(endedAt);
    this.leave(endedAt);
    const steps = [...this.times.entries()].sort(([a], [b]) => a - b).map(([, time]) => time);
    return {
      path: this.path.id,
      version: this.path.version,
      session: this.session,
      status: reason === 'completed' ? 'completed' : 'abandoned',
      endReason: reason,
      startedAt: this.startedAt,
      endedAt,
      durationMs: endedAt - this.startedAt,
      furthestStep: this.idOf(this.furthest),
      lastStep: this.idOf(this.current),
      steps,
      trail: this.trail,
      deviations: this.deviations,
    };
  }

  /**
   * The step this event takes the attempt to, or null when it takes it nowhere. Forward wins
   * over staying. Going back takes a navigation (a breadcrumb, the browser's back, a menu): a
   * closed dialog or a refused Validate leaves the user on the form of an earlier step without
   * them going back to it.
   */
  private nextStep(event: CapturedEvent, context: MatchContext): number | null {
    const forward = firstMatch(this.steps, this.current + 1, this.reach, event, context);
    if (forward !== -1) return forward;
    if (this.steps[this.current]!.matches(event, context)) return this.current;
    if (event.type !== 'navigate') return null;
    for (let back = this.current - 1; back >= 0; back -= 1) {
      if (this.steps[back]!.matches(event, context)) return back;
    }
    return null;
  }

  private endDetour(t: number): void {
    const detour = this.detour!;
    this.deviations.push({
      kind: 'detour',
      t: detour.since,
      step: this.idOf(this.current),
      screens: detour.screens,
      durationMs: t - detour.since,
    });
    this.detour = null;
  }

  private enter(index: number, t: number): void {
    const time = this.times.get(index);
    if (time) time.visits += 1;
    else
      this.times.set(index, {
        step: this.idOf(index),
        enteredAt: t,
        exitedAt: t,
        durationMs: 0,
        visits: 1,
      });
    this.visitStart = t;
    this.noteEntry(index, t);
  }

  /** Back at the current step after a detour: a new visit of it. */
  private reenter(t: number): void {
    this.times.get(this.current)!.visits += 1;
    this.noteEntry(this.current, t);
  }

  private leave(t: number): void {
    const time = this.times.get(this.current)!;
    time.durationMs += t - this.visitStart;
    time.exitedAt = t;
    this.visitStart = t;
  }

  private noteEntry(index: number, t: number): void {
    this.entries.push(index);
    this.trail.push({ step: this.idOf(index), at: t });
    if (this.looped.has(index)) return;
    const entered = this.entries.filter((entry) => entry === index).length;
    const [a, b, c, d] = this.entries.slice(-4);
    const pingPong = this.entries.length >= 4 && a === c && b === d && a !== b;
    const repeatable = this.steps[index]!.step.repeatable;
    if ((entered >= LOOP_ENTRIES && !repeatable) || pingPong) {
      this.looped.add(index);
      this.deviations.push({
        kind: 'loop',
        t,
        step: this.idOf(index),
        sequence: this.entries
          .slice(-Math.max(4, entered * 2 - 1))
          .map((entry) => this.idOf(entry)),
      });
    }
  }

  private idOf(index: number): string {
    return this.steps[index]!.step.id;
  }
}

function firstMatch(
  steps: readonly CompiledStep[],
  from: number,
  to: number,
  event: CapturedEvent,
  context: MatchContext,
): number {
  for (let index = from; index <= to; index += 1) {
    if (steps[index]!.matches(event, context)) return index;
  }
  return -1;
}

function screenKey(screen: Screen): string {
  const dialog = screen.dialog ? `${screen.dialog.kind}:${screen.dialog.model ?? ''}` : '';
  return `${screen.app}|${screen.model}|${screen.viewType}|${screen.state}|${dialog}`;
}

/** Events grouped by session, each group in time order (capture order for equal times). */
function bySession(events: readonly SessionEvent[]): Map<string, CapturedEvent[]> {
  const sessions = new Map<string, CapturedEvent[]>();
  for (const event of events) {
    const list = sessions.get(event.session);
    if (list) list.push(event);
    else sessions.set(event.session, [event]);
  }
  for (const list of sessions.values()) {
    if (!isSorted(list)) list.sort((a, b) => a.t - b.t);
  }
  return sessions;
}

function isSorted(events: readonly CapturedEvent[]): boolean {
  for (let index = 1; index < events.length; index += 1) {
    if (events[index]!.t < events[index - 1]!.t) return false;
  }
  return true;
}
