import { cohortLabel } from './cohorts.ts';
import { attemptsIn, pathInfo, stepName, type Dataset } from './dataset.ts';
import { count } from './format.ts';
import { displayPseudonym } from './pseudonyms.ts';
import { furthestStep } from './step-measure.ts';
import type { Answer, FigureRow, IsoWeek } from './types.ts';
import { weekRange } from './weeks.ts';

/**
 * "Which power users are blocked?": power users are the experienced users who completed the most
 * attempts up to the week's end, the colleagues others ask; blocked ones met errors, blocked
 * attempts (clicks on a button Odoo kept disabled) or gave attempts up this week.
 */

/** Share of the experienced users, by completed attempts, that are power users. */
export const POWER_USER_SHARE = 0.25;

/** Fewest power users named, in an organisation with few experienced users. */
export const MIN_POWER_USERS = 3;

interface Trouble {
  who: string;
  cohort: string;
  completed: number;
  errors: number;
  blocked: number;
  abandoned: number;
  /** `path|step` → trouble there. */
  places: Map<string, number>;
}

/** The power users who hit a wall in `week`. */
export function answerPowerUsers(dataset: Dataset, week: IsoWeek): Answer {
  const range = weekRange(week);
  const completed = new Map<string, number>();
  for (const { row, tenure } of dataset.attempts) {
    if (row.user === null || row.day > range.to || tenure !== 'experienced') continue;
    if (row.status === 'completed') completed.set(row.user, (completed.get(row.user) ?? 0) + 1);
  }
  const ranked = [...completed].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const size = Math.max(MIN_POWER_USERS, Math.ceil(POWER_USER_SHARE * ranked.length));
  const power = new Map(ranked.slice(0, size));

  const troubles = new Map<string, Trouble>();
  for (const { row, cohort } of attemptsIn(dataset, range)) {
    if (row.user === null || !power.has(row.user)) continue;
    const trouble = troubles.get(row.user) ?? {
      who: row.user,
      cohort,
      completed: power.get(row.user)!,
      errors: 0,
      blocked: 0,
      abandoned: 0,
      places: new Map<string, number>(),
    };
    for (const step of row.steps) {
      const errors = step.errors.reduce((sum, error) => sum + error.count, 0);
      const blocked = step.signals.blocked_attempt ?? 0;
      trouble.errors += errors;
      trouble.blocked += blocked;
      note(trouble, `${row.path}|${step.step}`, errors + blocked);
    }
    if (row.status === 'abandoned') {
      trouble.abandoned += 1;
      note(trouble, `${row.path}|${furthestStep(row)}`, 1);
    }
    troubles.set(row.user, trouble);
  }

  const blocked = [...troubles.values()]
    .filter((t) => t.errors + t.blocked + t.abandoned > 0)
    .sort((a, b) => total(b) - total(a) || a.who.localeCompare(b.who));
  const figures: FigureRow[] = blocked.map((t) => ({
    user: displayPseudonym(t.who),
    cohort: cohortLabel(t.cohort),
    completedAttempts: t.completed,
    errors: t.errors,
    blockedAttempts: t.blocked,
    abandoned: t.abandoned,
    where: placeName(dataset, worstPlace(t)),
  }));
  if (blocked.length === 0) {
    return {
      answered: true,
      intent: 'blocked_power_users',
      answer: `None of the ${count(power.size, 'power user')} was blocked in ${week}.`,
      figures,
      suggestions: [],
    };
  }
  const lines = blocked.map((t) => {
    const parts = [
      t.errors > 0 ? count(t.errors, 'error') : null,
      t.blocked > 0 ? count(t.blocked, 'blocked attempt') : null,
      t.abandoned > 0 ? `${t.abandoned} abandoned` : null,
    ].filter((part) => part !== null);
    return `${displayPseudonym(t.who)} (${placeName(dataset, worstPlace(t))}: ${parts.join(', ')})`;
  });
  return {
    answered: true,
    intent: 'blocked_power_users',
    answer:
      `${blocked.length} of ${count(power.size, 'power user')} (the experienced users with the ` +
      `most completed attempts) were blocked in ${week}: ${lines.join('; ')}.`,
    figures,
    suggestions: [],
  };
}

function note(trouble: Trouble, place: string, amount: number): void {
  if (amount > 0) trouble.places.set(place, (trouble.places.get(place) ?? 0) + amount);
}

function total(trouble: Trouble): number {
  return trouble.errors + trouble.blocked + trouble.abandoned;
}

function worstPlace(trouble: Trouble): string {
  return [...trouble.places].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}

function placeName(dataset: Dataset, place: string): string {
  const [pathId, step] = place.split('|') as [string, string];
  const path = pathInfo(dataset, pathId);
  return `${path.name} › ${stepName(path, step)}`;
}
