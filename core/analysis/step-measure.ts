import type { SignalKind } from '../detect/types.ts';
import type { AttemptRow, AttemptStepRow } from '../sync/schema.ts';
import type { PreparedAttempt } from './dataset.ts';
import { displayPseudonym } from './pseudonyms.ts';
import { percent, percentilesOf } from './statistics.ts';
import type { ErrorTally, StepFigures } from './types.ts';

/**
 * The figures of DESIGN.md for a group of attempts at one step, or over a whole path when no
 * step is named: coverage, hesitation score, completion, workaround rate, errors, time to
 * complete. Clusters, review items, comparisons and answers all measure with this one function,
 * so the same figure always means the same thing.
 */

export interface MeasureOptions {
  /** The step to measure; every step of each attempt when left out. */
  step?: string;
  /** Sessions in scope for coverage: the cohorts' sessions in the window. */
  scopeSessions: number;
}

/** Measures `attempts` (already limited to one path, window and set of cohorts). */
export function measureAttempts(
  attempts: readonly PreparedAttempt[],
  options: MeasureOptions,
): StepFigures {
  const { step } = options;
  const reaching = step === undefined ? attempts : attempts.filter((a) => reaches(a.row, step));

  const sessions = new Set<string>();
  const users = new Set<string>();
  const signals: Partial<Record<SignalKind, number>> = {};
  const errors = new Map<string, { tally: ErrorTally; users: Set<string> }>();
  const completedMs: number[] = [];
  let visits = 0;
  let hesitantVisits = 0;
  let withError = 0;
  let withWorkaround = 0;
  let abandoned = 0;
  let completed = 0;
  let frictionAttempts = 0;

  for (const attempt of reaching) {
    const { row } = attempt;
    sessions.add(row.session);
    users.add(attempt.who);
    const gaveUp = row.status === 'abandoned' && (step === undefined || furthestStep(row) === step);
    const workedAround = row.workaround && (step === undefined || workaroundStep(row) === step);
    if (row.status === 'completed') {
      completed += 1;
      completedMs.push(row.durationMs);
    }
    if (gaveUp) abandoned += 1;
    if (workedAround) withWorkaround += 1;

    const rows = step === undefined ? row.steps : row.steps.filter((s) => s.step === step);
    let errored = false;
    let hesitated = false;
    for (const stepRow of rows) {
      visits += stepRow.visits;
      hesitantVisits += stepRow.hesitantVisits;
      if (stepRow.hesitantVisits > 0) hesitated = true;
      for (const [kind, count] of Object.entries(stepRow.signals) as [SignalKind, number][]) {
        signals[kind] = (signals[kind] ?? 0) + count;
      }
      for (const error of stepRow.errors) {
        errored = true;
        const key = `${error.kind}|${error.button}`;
        const entry = errors.get(key) ?? {
          tally: { kind: error.kind, button: error.button, count: 0, attempts: 0, users: 0 },
          users: new Set<string>(),
        };
        entry.tally.count += error.count;
        entry.tally.attempts += 1;
        entry.users.add(attempt.who);
        errors.set(key, entry);
      }
    }
    if (errored) withError += 1;
    if (hesitated || errored || workedAround || gaveUp) frictionAttempts += 1;
  }

  return {
    attempts: reaching.length,
    completed,
    sessions: sessions.size,
    users: users.size,
    scopeSessions: Math.max(options.scopeSessions, sessions.size),
    visits,
    hesitantVisits,
    coveragePct: percent(sessions.size, Math.max(options.scopeSessions, sessions.size)),
    hesitationScore: Math.round(percent(hesitantVisits, visits)),
    completionPct: percent(completed, reaching.length),
    workaroundPct: percent(withWorkaround, reaching.length),
    errorRatePct: percent(withError, reaching.length),
    abandoned,
    frictionAttempts,
    timeToComplete: percentilesOf(completedMs),
    signals,
    errors: [...errors.values()]
      .map(({ tally, users: seen }) => ({ ...tally, users: seen.size }))
      .sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind)),
  };
}

/** Whether an attempt reached `step`. */
export function reaches(row: AttemptRow, step: string): boolean {
  return row.steps.some((stepRow) => stepRow.step === step);
}

/** The furthest step an attempt reached: steps are listed in path order. */
export function furthestStep(row: AttemptRow): string {
  return row.steps.at(-1)!.step;
}

/**
 * Where an attempt's workaround belongs: the step the workaround signal was raised at, or the
 * furthest step reached when no step carries it (the export came after the attempt's last step).
 */
export function workaroundStep(row: AttemptRow): string {
  return (
    row.steps.find((stepRow: AttemptStepRow) => (stepRow.signals.workaround ?? 0) > 0)?.step ??
    furthestStep(row)
  );
}

/**
 * The users who met friction at the step: a hesitant visit, an error, a workaround there, or an
 * attempt given up there. Displayed pseudonyms, sorted; users without a pseudonym are left out.
 */
export function usersWithFriction(attempts: readonly PreparedAttempt[], step: string): string[] {
  const users = new Set<string>();
  for (const { row } of attempts) {
    if (row.user !== null && metFrictionAt(row, step)) users.add(displayPseudonym(row.user));
  }
  return [...users].sort();
}

/** Whether an attempt met trouble at `step`, as `frictionAttempts` counts it. */
export function metFrictionAt(row: AttemptRow, step: string): boolean {
  const at = row.steps.find((stepRow) => stepRow.step === step);
  if (!at) return false;
  return (
    at.hesitantVisits > 0 ||
    at.errors.length > 0 ||
    (row.status === 'abandoned' && furthestStep(row) === step) ||
    (row.workaround && workaroundStep(row) === step)
  );
}
