import { detectAll } from '../detect/detect-all.ts';
import { buttonOf, errorOccurrences, type ErrorOccurrence } from '../detect/error-occurrences.ts';
import { DEFAULT_THRESHOLDS, type Thresholds } from '../detect/thresholds.ts';
import type { DetectOptions, Signal, SignalKind } from '../detect/types.ts';
import type { HintOutcome } from '../events/schema.ts';
import { matchAttempts, type Attempt, type SessionEvent } from '../flows/match.ts';
import type { GoldenPath } from '../flows/schema.ts';
import type { AttemptRow, AttemptStepRow, StepError } from '../sync/schema.ts';
import { HESITATION_KINDS } from './hesitation.ts';

/**
 * Turns one session's events into the attempt rows the backend receives: each closed attempt of a
 * golden path, step by step, with the signals raised at each step, the errors Odoo showed there
 * and what became of the hints shown there. The same detectors and matcher run here as in
 * `pathlight detect` and `pathlight paths match`, so what a partner reads is what those commands
 * print for the same trace.
 */

/** A session with no event for longer than this is over (DESIGN.md: split after 30 min). */
export const SESSION_IDLE_MS = 30 * 60_000;

/** A hint outcome this long after an attempt ended still belongs to it: "followed" waits a minute. */
const HINT_GRACE_MS = 60_000;

export interface SummariseOptions {
  paths: readonly GoldenPath[];
  /** The clock: an attempt still open is left for a later call unless the session is over. */
  now: number;
  /** Thresholds (as managed policy sets them) and pause baselines. */
  detect?: DetectOptions;
}

/** A closed attempt, ready to be sent once the caller adds its id, user and cohort. */
export interface SummarisedAttempt {
  /** Identifies the attempt across calls, so that it is reported once: session, path, start. */
  key: string;
  /** When the attempt started, ms since the epoch. */
  startedAt: number;
  row: Omit<AttemptRow, 'attempt' | 'user' | 'cohort'>;
}

/**
 * The closed attempts of one session: completed, timed out, or open when the session ended
 * (no event for more than `SESSION_IDLE_MS` before `now`). `events` are one session's, in any order.
 */
export function summariseSession(
  events: readonly SessionEvent[],
  options: SummariseOptions,
): SummarisedAttempt[] {
  if (events.length === 0) return [];
  const ordered = [...events].sort((a, b) => a.t - b.t);
  const lastT = ordered[ordered.length - 1]!.t;
  const sessionOver = options.now - lastT > SESSION_IDLE_MS;

  const attempts = matchAttempts(ordered, options.paths).filter(
    (attempt) => attempt.endReason !== 'session_ended' || sessionOver,
  );
  if (attempts.length === 0) return [];

  const thresholds = { ...DEFAULT_THRESHOLDS, ...options.detect?.thresholds };
  const signals = detectAll(ordered, options.detect);
  const errors = errorOccurrences(ordered, thresholds.errorCauseMs);
  const pathsById = new Map(options.paths.map((path) => [path.id, path]));

  const found: Found = { events: ordered, signals, errors, thresholds };
  return attempts.map((attempt) => ({
    key: attemptKey(attempt),
    startedAt: attempt.startedAt,
    row: summariseAttempt(attempt, found, pathsById.get(attempt.path)!),
  }));
}

/** The key `summariseSession` gives an attempt. */
export function attemptKey(attempt: Pick<Attempt, 'session' | 'path' | 'startedAt'>): string {
  return `${attempt.session}|${attempt.path}|${attempt.startedAt}`;
}

/** What the session's events showed, worked out once for all its attempts. */
interface Found {
  events: readonly SessionEvent[];
  signals: readonly Signal[];
  errors: readonly ErrorOccurrence[];
  thresholds: Thresholds;
}

function summariseAttempt(
  attempt: Attempt,
  { events, signals, errors, thresholds }: Found,
  path: GoldenPath,
): SummarisedAttempt['row'] {
  const within = (t: number, graceMs = 0) =>
    t >= attempt.startedAt && t <= attempt.endedAt + graceMs;
  const steps = new Map<string, StepTally>(
    attempt.steps.map((time) => [time.step, newTally(time.step, time.visits, time.durationMs)]),
  );

  // Errors are counted one by one here: the error signal merges an incident's occurrences.
  for (const found of signals) {
    if (found.kind === 'error' || !within(found.t)) continue;
    // A pause is raised by the action that ends it: the user hesitated at the step before.
    const visit = visitAt(attempt, found.kind === 'pause' ? found.t - 1 : found.t);
    const tally = steps.get(visit.step)!;
    tally.signals[found.kind] = (tally.signals[found.kind] ?? 0) + 1;
    if (HESITATION_KINDS.has(found.kind)) tally.hesitant.add(visit.index);
  }

  for (const error of errors) {
    if (!within(error.t)) continue;
    const tally = steps.get(visitAt(attempt, error.t).step)!;
    tally.signals.error = (tally.signals.error ?? 0) + 1;
    const button = buttonOf(error.cause?.target ?? null);
    const key = `${error.kind}|${button}`;
    const fix = fixAfter(events, error.t, error.cause?.target.name ?? null, attempt.endedAt);
    const existing = tally.errors.get(key);
    if (existing) {
      existing.count += 1;
      existing.fix ??= fix;
    } else tally.errors.set(key, { kind: error.kind, button, fix, count: 1 });
  }

  for (const event of events) {
    if (event.type !== 'hint' || event.path !== attempt.path) continue;
    if (!within(event.t, HINT_GRACE_MS)) continue;
    const tally = steps.get(event.step);
    if (tally) tally.hints[event.outcome] = (tally.hints[event.outcome] ?? 0) + 1;
  }

  // An export that gives an attempt up comes after the attempt's last step.
  const models = pathModels(path);
  const workaround = signals.some(
    (found) =>
      found.kind === 'workaround' &&
      within(found.t, thresholds.abandonWindowMs) &&
      (typeof found.evidence.model !== 'string' || models.has(found.evidence.model)),
  );

  const deviations = { skipped: 0, backtrack: 0, detour: 0, loop: 0 };
  for (const deviation of attempt.deviations) deviations[deviation.kind] += 1;

  return {
    day: new Date(attempt.startedAt).toISOString().slice(0, 10),
    session: attempt.session,
    path: attempt.path,
    version: attempt.version,
    status: attempt.status,
    endReason: attempt.endReason,
    durationMs: attempt.durationMs,
    workaround,
    deviations,
    steps: attempt.steps.map((time) =>
      toStepRow(steps.get(time.step)!, nextAfter(attempt, time.step)),
    ),
  };
}

interface StepTally {
  step: string;
  visits: number;
  durationMs: number;
  signals: Partial<Record<SignalKind, number>>;
  /** Indexes into the attempt's trail of the visits with a hesitation signal. */
  hesitant: Set<number>;
  errors: Map<string, StepError>;
  hints: Partial<Record<HintOutcome, number>>;
}

function newTally(step: string, visits: number, durationMs: number): StepTally {
  return {
    step,
    visits,
    durationMs,
    signals: {},
    hesitant: new Set(),
    errors: new Map(),
    hints: {},
  };
}

function toStepRow(tally: StepTally, next: string | null): AttemptStepRow {
  return {
    step: tally.step,
    visits: tally.visits,
    hesitantVisits: Math.min(tally.hesitant.size, tally.visits),
    durationMs: tally.durationMs,
    signals: tally.signals,
    next,
    errors: [...tally.errors.values()],
    hints: tally.hints,
  };
}

/** The visit in progress at `t`: the last entry into a step at or before it. */
function visitAt(attempt: Attempt, t: number): { step: string; index: number } {
  let index = 0;
  for (let i = 0; i < attempt.trail.length; i += 1) {
    if (attempt.trail[i]!.at <= t) index = i;
    else break;
  }
  return { step: attempt.trail[index]!.step, index };
}

/** The step entered after the last visit of `step`, or null when the attempt ended there. */
function nextAfter(attempt: Attempt, step: string): string | null {
  const { trail } = attempt;
  for (let i = trail.length - 1; i >= 0; i -= 1) {
    if (trail[i]!.step === step) return trail[i + 1]?.step ?? null;
  }
  return null;
}

/**
 * Where the user fixed what an error complained about: the first field they edited or cleared
 * after it, before trying the same button again (or before the attempt ended).
 */
function fixAfter(
  events: readonly SessionEvent[],
  errorT: number,
  button: string | null,
  endedAt: number,
): string | null {
  for (const event of events) {
    if (event.t <= errorT) continue;
    if (event.t > endedAt) return null;
    if (event.type === 'field' && (event.action === 'edit' || event.action === 'clear')) {
      return event.field;
    }
    if (button !== null && event.type === 'click' && event.target.name === button) return null;
  }
  return null;
}

/** The models a path's steps name. */
function pathModels(path: GoldenPath): Set<string> {
  const models = new Set<string>();
  for (const step of path.steps) {
    const { model } = step.match;
    if (typeof model === 'string') models.add(model);
    else if (model) for (const name of model) models.add(name);
  }
  return models;
}
