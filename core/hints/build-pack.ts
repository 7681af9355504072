import type { AttemptRow } from '../sync/schema.ts';
import {
  HINT_PACK_FORMAT,
  type HintPack,
  type PackFix,
  type PackIncident,
  type PackNext,
  type PackPath,
  type PackStep,
} from './pack.ts';

/**
 * Builds a hint pack from attempt rows. Next steps and fixes come from completed attempts only:
 * a hint repeats what worked. Every figure rests on at least `minUsers` distinct users, so that
 * no hint can tell one colleague's habits apart; a user without a pseudonym counts once per
 * session.
 */

/** The attempt fields a pack is built from. */
export type PackAttempt = Pick<
  AttemptRow,
  'path' | 'version' | 'status' | 'day' | 'user' | 'session' | 'steps'
>;

export interface BuildPackOptions {
  /** Smallest group of users a figure may rest on. */
  minUsers: number;
  /** The clock, written into the pack. */
  now: number;
}

/** An error is an incident once this many days have seen it (and `minUsers` users). */
export const INCIDENT_MIN_DAYS = 2;

export function buildHintPack(
  attempts: readonly PackAttempt[],
  options: BuildPackOptions,
): HintPack {
  const minUsers = Math.max(1, options.minUsers);
  const steps = new Map<string, StepGroup>();
  const incidents = new Map<string, IncidentGroup>();

  for (const attempt of attempts) {
    const who = attempt.user ?? `session:${attempt.session}`;
    const byStep = new Map(attempt.steps.map((step) => [step.step, step]));

    for (const step of attempt.steps) {
      for (const error of step.errors) {
        const key = [attempt.path, step.step, error.kind, error.button].join('|');
        const group =
          incidents.get(key) ??
          newIncident(attempt.path, step.step, error.kind, error.button, attempt.day);
        group.users.add(who);
        group.days.add(attempt.day);
        group.attempts += 1;
        if (attempt.day < group.since) group.since = attempt.day;
        incidents.set(key, group);
      }
      if (attempt.status !== 'completed') continue;

      const key = `${attempt.path}@${attempt.version}#${step.step}`;
      const group = steps.get(key) ?? newStep(attempt.path, attempt.version, step.step);
      group.completed += 1;
      group.users.add(who);
      if (step.next !== null) {
        const then = byStep.get(step.next)?.next ?? null;
        tally(group.next, `${step.next}|${then ?? ''}`, who, { step: step.next, then });
      }
      for (const error of step.errors) {
        const errorKey = `${error.kind}|${error.button}`;
        tally(group.errors, errorKey, who, { kind: error.kind, button: error.button });
        if (error.fix !== null) {
          tally(group.fixes, `${errorKey}|${error.fix}`, who, {
            kind: error.kind,
            button: error.button,
            fix: error.fix,
          });
        }
      }
      steps.set(key, group);
    }
  }

  return {
    format: HINT_PACK_FORMAT,
    generatedAt: options.now,
    minUsers,
    paths: packPaths([...steps.values()], minUsers),
    incidents: [...incidents.values()]
      .filter((group) => group.users.size >= minUsers && group.days.size >= INCIDENT_MIN_DAYS)
      .map((group): PackIncident => ({
        path: group.path,
        step: group.step,
        kind: group.kind,
        button: group.button,
        users: group.users.size,
        attempts: group.attempts,
        days: group.days.size,
        since: group.since,
      }))
      .sort((a, b) => b.users - a.users || b.attempts - a.attempts),
  };
}

interface Tally<T> {
  value: T;
  attempts: number;
  users: Set<string>;
}

interface StepGroup {
  path: string;
  version: number;
  step: string;
  completed: number;
  users: Set<string>;
  next: Map<string, Tally<Pick<PackNext, 'step' | 'then'>>>;
  errors: Map<string, Tally<{ kind: string; button: string }>>;
  fixes: Map<string, Tally<{ kind: string; button: string; fix: string }>>;
}

interface IncidentGroup {
  path: string;
  step: string;
  kind: string;
  button: string;
  users: Set<string>;
  days: Set<string>;
  attempts: number;
  since: string;
}

function newStep(path: string, version: number, step: string): StepGroup {
  return {
    path,
    version,
    step,
    completed: 0,
    users: new Set(),
    next: new Map(),
    errors: new Map(),
    fixes: new Map(),
  };
}

function newIncident(
  path: string,
  step: string,
  kind: string,
  button: string,
  day: string,
): IncidentGroup {
  return { path, step, kind, button, users: new Set(), days: new Set(), attempts: 0, since: day };
}

function tally<T>(map: Map<string, Tally<T>>, key: string, who: string, value: T): void {
  const entry = map.get(key) ?? { value, attempts: 0, users: new Set<string>() };
  entry.attempts += 1;
  entry.users.add(who);
  map.set(key, entry);
}

function packPaths(groups: readonly StepGroup[], minUsers: number): PackPath[] {
  const paths = new Map<string, PackPath>();
  for (const group of groups) {
    if (group.users.size < minUsers) continue;
    const key = `${group.path}@${group.version}`;
    const path = paths.get(key) ?? { path: group.path, version: group.version, steps: [] };
    path.steps.push(packStep(group, minUsers));
    paths.set(key, path);
  }
  return [...paths.values()].sort((a, b) => a.path.localeCompare(b.path) || a.version - b.version);
}

function packStep(group: StepGroup, minUsers: number): PackStep {
  const enough = <T>(entry: Tally<T>) => entry.users.size >= minUsers;
  const byAttempts = <T>(a: Tally<T>, b: Tally<T>) =>
    b.attempts - a.attempts || b.users.size - a.users.size;

  const next = [...group.next.values()]
    .filter(enough)
    .sort(byAttempts)
    .map((entry): PackNext => ({
      ...entry.value,
      attempts: entry.attempts,
      users: entry.users.size,
    }));
  const fixes = [...group.fixes.values()]
    .filter(enough)
    .sort(byAttempts)
    .map((entry): PackFix => ({
      ...entry.value,
      attempts: entry.attempts,
      of: group.errors.get(`${entry.value.kind}|${entry.value.button}`)!.attempts,
      users: entry.users.size,
    }));

  return {
    step: group.step,
    completed: group.completed,
    users: group.users.size,
    next,
    fixes,
  };
}
