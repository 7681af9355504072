import type { Cohort } from '../sync/schema.ts';
import type { Day, Tenure } from './types.ts';
import { daysFrom } from './weeks.ts';

/**
 * Cohorts as partners read them: role × team or site × tenure. IT sets them by policy; a part it
 * did not set shows as `unknown`. When IT sets no tenure, it is inferred from when the user first
 * appears: an organisation's first days are its go-live, so someone first seen two weeks or more
 * later joined afterwards and is still learning the job in Odoo for their first two months.
 */

/** Shown for a part of the cohort that IT did not set. */
export const UNKNOWN_PART = 'unknown';

/** The cohort small cohorts are merged into. */
export const OTHER_COHORT = 'other';

/** A user first seen this many days or more after the organisation's first day joined later. */
export const LATE_START_DAYS = 14;

/** How many days, from their first session, a user who joined later counts as new. */
export const NEW_FOR_DAYS = 60;

/** The fields of a stored row the cohort is read from. */
export interface CohortedRow {
  day: Day;
  user: string | null;
  cohort: Cohort;
}

/**
 * Gives each row its tenure: IT's when the row carries one; otherwise `new` for a user whose
 * first row comes `LATE_START_DAYS` or more after the organisation's first row, during their
 * first `NEW_FOR_DAYS`, and `experienced` after that or for users there from the start. A row
 * without a pseudonym cannot be followed over time: its tenure stays unknown (null).
 */
export function tenureResolver(rows: readonly CohortedRow[]): (row: CohortedRow) => Tenure | null {
  let organisationFirst: Day | null = null;
  const userFirst = new Map<string, Day>();
  for (const row of rows) {
    if (organisationFirst === null || row.day < organisationFirst) organisationFirst = row.day;
    if (row.user === null) continue;
    const first = userFirst.get(row.user);
    if (first === undefined || row.day < first) userFirst.set(row.user, row.day);
  }

  return (row) => {
    if (row.cohort.tenure !== null) return row.cohort.tenure;
    const first = row.user === null ? undefined : userFirst.get(row.user);
    if (first === undefined || organisationFirst === null) return null;
    const joinedLater = daysFrom(organisationFirst, first) >= LATE_START_DAYS;
    return joinedLater && daysFrom(first, row.day) < NEW_FOR_DAYS ? 'new' : 'experienced';
  };
}

/** `role/team/tenure`, with `unknown` for each part not known. */
export function cohortKey(cohort: Cohort, tenure: Tenure | null): string {
  return [cohort.role, cohort.team, tenure].map((part) => part ?? UNKNOWN_PART).join('/');
}

/** `warehouse · north-site · new`, or `other`. */
export function cohortLabel(key: string): string {
  return key.split('/').join(' · ');
}

/** The tenure part of a cohort key; null for `other` and for an unknown tenure. */
export function tenureOfKey(key: string): Tenure | null {
  const tenure = key.split('/')[2];
  return tenure === 'new' || tenure === 'experienced' ? tenure : null;
}

/** The role part of a cohort key; `other` for the merged cohort. */
export function roleOfKey(key: string): string {
  return key.split('/')[0]!;
}

/**
 * Which key each cohort is shown under: its own when it has at least `minUsers` distinct users,
 * `other` when it has fewer, so that no figure can point at one or two people.
 */
export function mergeSmallCohorts(
  usersByCohort: ReadonlyMap<string, ReadonlySet<string>>,
  minUsers: number,
): Map<string, string> {
  const shown = new Map<string, string>();
  for (const [key, users] of usersByCohort) {
    shown.set(key, users.size >= minUsers ? key : OTHER_COHORT);
  }
  return shown;
}
