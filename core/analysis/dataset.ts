import type { GoldenPath } from '../flows/schema.ts';
import type { AttemptRow, SessionRow } from '../sync/schema.ts';
import {
  cohortKey,
  cohortLabel,
  mergeSmallCohorts,
  OTHER_COHORT,
  tenureResolver,
} from './cohorts.ts';
import { DEFAULT_MIN_GROUP_USERS, type AnalysisSettings, type Intervention } from './inputs.ts';
import type { AnalysisInput, CohortSummary, Day, DayRange, Tenure } from './types.ts';
import { inRange } from './weeks.ts';

/**
 * The organisation's rows made ready once for every analysis: each row with its cohort as shown
 * (tenure inferred, small cohorts merged) and its user as counted, and each path's names. Inputs
 * are read-only by contract, so the result is kept per input object.
 */

/** An attempt row with what the analysis reads off it. */
export interface PreparedAttempt {
  row: AttemptRow;
  /** The shown cohort key: `role/team/tenure` or `other`. */
  cohort: string;
  /** IT's tenure, or the inferred one; null when neither is known. */
  tenure: Tenure | null;
  /** The pseudonym, or `session:<id>` for a row without one: such a user counts once a session. */
  who: string;
}

export interface PreparedSession {
  row: SessionRow;
  cohort: string;
  who: string;
}

/** What the analysis shows of a golden path. */
export interface PathInfo {
  id: string;
  name: string;
  module: string;
  /** Steps in path order. */
  steps: readonly { id: string; name: string; help: string; optional: boolean }[];
}

export interface Dataset {
  organisation: string;
  /** Attempts in day order. */
  attempts: PreparedAttempt[];
  sessions: PreparedSession[];
  paths: ReadonlyMap<string, PathInfo>;
  cohorts: CohortSummary[];
  /** Interventions in day order. */
  interventions: Intervention[];
  settings: AnalysisSettings;
  /** The first and last day with a row; null without rows. */
  firstDay: Day | null;
  lastDay: Day | null;
}

const prepared = new WeakMap<AnalysisInput, Dataset>();

/** The dataset of an input, prepared on first use. */
export function datasetOf(input: AnalysisInput): Dataset {
  let dataset = prepared.get(input);
  if (!dataset) {
    dataset = prepare(input);
    prepared.set(input, dataset);
  }
  return dataset;
}

/** A path's names; a path the input does not define shows its id and an unknown module. */
export function pathInfo(dataset: Dataset, id: string): PathInfo {
  return dataset.paths.get(id) ?? { id, name: id, module: 'unknown', steps: [] };
}

/** The name of a step of a path, or its id when the path does not define it. */
export function stepName(path: PathInfo, step: string): string {
  return path.steps.find((candidate) => candidate.id === step)?.name ?? step;
}

/** The key a cohort is shown under: `other` when it was merged, itself otherwise. */
export function shownCohort(dataset: Dataset, key: string): string {
  const merged = dataset.cohorts.find((cohort) => cohort.key === OTHER_COHORT);
  return merged?.mergedFrom.includes(key) ? OTHER_COHORT : key;
}

/** The attempts that started in `range`. */
export function attemptsIn(dataset: Dataset, range: DayRange): PreparedAttempt[] {
  return dataset.attempts.filter((attempt) => inRange(attempt.row.day, range));
}

/**
 * Sessions in `range`, of the given cohorts or of all: the scope coverage is measured against.
 * Sessions known only from an attempt row count too.
 */
export function sessionCount(
  dataset: Dataset,
  range: DayRange,
  cohorts?: ReadonlySet<string>,
): number {
  const ids = new Set<string>();
  const add = (row: { day: Day; session: string }, cohort: string) => {
    if (inRange(row.day, range) && (!cohorts || cohorts.has(cohort))) ids.add(row.session);
  };
  for (const session of dataset.sessions) add(session.row, session.cohort);
  for (const attempt of dataset.attempts) add(attempt.row, attempt.cohort);
  return ids.size;
}

function prepare(input: AnalysisInput): Dataset {
  const settings: AnalysisSettings = {
    minGroupUsers: input.settings?.minGroupUsers ?? DEFAULT_MIN_GROUP_USERS,
  };
  const tenureOf = tenureResolver([...input.sessions, ...input.attempts]);
  const who = (row: { user: string | null; session: string }) =>
    row.user ?? `session:${row.session}`;

  const rawAttempts = input.attempts.map((row) => {
    const tenure = tenureOf(row);
    return { row, tenure, key: cohortKey(row.cohort, tenure), who: who(row) };
  });
  const rawSessions = input.sessions.map((row) => ({
    row,
    key: cohortKey(row.cohort, tenureOf(row)),
    who: who(row),
  }));

  const usersByCohort = new Map<string, Set<string>>();
  for (const { key, who: user } of [...rawAttempts, ...rawSessions]) {
    const users = usersByCohort.get(key) ?? new Set<string>();
    users.add(user);
    usersByCohort.set(key, users);
  }
  const shown = mergeSmallCohorts(usersByCohort, settings.minGroupUsers);

  const attempts = rawAttempts
    .map(({ row, tenure, key, who: user }) => ({
      row,
      tenure,
      cohort: shown.get(key)!,
      who: user,
    }))
    .sort((a, b) => (a.row.day < b.row.day ? -1 : a.row.day > b.row.day ? 1 : 0));
  const sessions = rawSessions.map(({ row, key, who: user }) => ({
    row,
    cohort: shown.get(key)!,
    who: user,
  }));

  const days = [...input.sessions, ...input.attempts].map((row) => row.day).sort();
  return {
    organisation: input.organisation,
    attempts,
    sessions,
    paths: pathsById(input.paths),
    cohorts: summariseCohorts(usersByCohort, shown, sessions),
    interventions: [...(input.interventions ?? [])].sort((a, b) => a.day.localeCompare(b.day)),
    settings,
    firstDay: days[0] ?? null,
    lastDay: days.at(-1) ?? null,
  };
}

/** The latest version of each path: its names are the ones partners know today. */
function pathsById(paths: readonly GoldenPath[]): Map<string, PathInfo> {
  const latest = new Map<string, GoldenPath>();
  for (const path of paths) {
    const known = latest.get(path.id);
    if (!known || path.version > known.version) latest.set(path.id, path);
  }
  return new Map(
    [...latest.values()].map((path) => [
      path.id,
      {
        id: path.id,
        name: path.name,
        module: path.module,
        steps: path.steps.map(({ id, name, help, optional }) => ({ id, name, help, optional })),
      },
    ]),
  );
}

function summariseCohorts(
  usersByCohort: ReadonlyMap<string, ReadonlySet<string>>,
  shown: ReadonlyMap<string, string>,
  sessions: readonly PreparedSession[],
): CohortSummary[] {
  const groups = new Map<string, { users: Set<string>; mergedFrom: string[] }>();
  for (const [key, users] of usersByCohort) {
    const target = shown.get(key)!;
    const group = groups.get(target) ?? { users: new Set<string>(), mergedFrom: [] };
    for (const user of users) group.users.add(user);
    if (target !== key) group.mergedFrom.push(key);
    groups.set(target, group);
  }
  return [...groups]
    .map(([key, group]) => ({
      key,
      label: cohortLabel(key),
      users: group.users.size,
      sessions: new Set(sessions.filter((s) => s.cohort === key).map((s) => s.row.session)).size,
      mergedFrom: group.mergedFrom.sort(),
    }))
    .sort(
      (a, b) =>
        (a.key === OTHER_COHORT ? 1 : b.key === OTHER_COHORT ? -1 : 0) ||
        a.key.localeCompare(b.key),
    );
}
