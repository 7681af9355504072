import type { CauseContext } from './cause-context.ts';
import { changeStart, type DailyTally } from './change-start.ts';
import { count, dayWithWeekday, errorWords } from './format.ts';
import { measureAttempts, reaches } from './step-measure.ts';
import type { Day, Evidence } from './types.ts';

/**
 * Evidence that a step is broken rather than hard (DESIGN.md, "bug"): Odoo failing on its side,
 * buttons that do nothing, the same failure in every cohort, or failures that start on a day.
 */

/** Attempts with a server error that make it evidence: one can be a network blip. */
export const BUG_MIN_ATTEMPTS = 2;

/** Users with dead clicks at a step that make them evidence: one can be a misplaced click. */
export const BUG_MIN_USERS = 2;

/**
 * Errors that come from Odoo's side, whoever clicks: a crash, or rights set wrongly. Seen in
 * several cohorts they point at the system, not at the people.
 */
export const SYSTEM_ERROR_KINDS: ReadonlySet<string> = new Set(['server_error', 'access_error']);

/**
 * Errors that are Odoo refusing what was typed. They never count as failures of the step: the
 * form did its job, and repeated ones are form friction (UX/process).
 */
export const INPUT_ERROR_KINDS: ReadonlySet<string> = new Set([
  'validation_error',
  'missing_fields',
]);

/** The bug evidence at the context's step, and the day failing started when it started on one. */
export function bugEvidence(context: CauseContext): { evidence: Evidence[]; firstDay: Day | null } {
  const { attempts, step } = context;
  const evidence: Evidence[] = [];
  const figures = measureAttempts(attempts, { step, scopeSessions: 0 });

  const server = figures.errors.filter((error) => error.kind === 'server_error');
  const serverAttempts = attempts.filter((a) => errorsAt(a.row, step, 'server_error') > 0);
  if (serverAttempts.length >= BUG_MIN_ATTEMPTS) {
    const buttons = [...new Set(server.map((error) => error.button))].join(', ');
    const shown = server.reduce((sum, error) => sum + error.count, 0);
    const users = new Set(serverAttempts.map((attempt) => attempt.who)).size;
    evidence.push(
      bug(
        'server_errors',
        `Odoo answered ${buttons} with a server error ${count(shown, 'time')}, in ` +
          `${serverAttempts.length} of ${count(attempts.length, 'attempt')} ` +
          `by ${count(users, 'user')}.`,
      ),
    );
  }

  const deadUsers = new Set(
    attempts.filter((a) => signalAt(a.row, step, 'dead_click') > 0).map((a) => a.who),
  );
  if (deadUsers.size >= BUG_MIN_USERS) {
    evidence.push(
      bug(
        'dead_clicks',
        `${count(figures.signals.dead_click ?? 0, 'dead click')} (an enabled button that nothing ` +
          `answered) by ${count(deadUsers.size, 'user')}.`,
      ),
    );
  }

  const cohorts = new Set(attempts.map((attempt) => attempt.cohort));
  for (const error of figures.errors) {
    if (!SYSTEM_ERROR_KINDS.has(error.kind)) continue;
    const seenIn = new Set(
      attempts
        .filter((a) => a.row.steps.some((s) => s.step === step && hasError(s, error)))
        .map((a) => a.cohort),
    );
    if (seenIn.size < 2) continue;
    evidence.push(
      bug(
        'same_error_across_cohorts',
        `The same ${errorWords(error.kind)} on ${error.button} in ${seenIn.size} of ` +
          `${count(cohorts.size, 'cohort')} that reached the step.`,
      ),
    );
  }

  const start = changeStart(dailyFailures(context));
  if (start) {
    evidence.push(
      bug(
        'starts_on_day',
        `It started on ${dayWithWeekday(start.day)}: before, ${start.before.failures} of ` +
          `${count(start.before.attempts, 'attempt')} failed here; ` +
          `since, ${start.since.failures} of ${start.since.attempts}.`,
      ),
    );
  }
  return { evidence, firstDay: start?.day ?? null };
}

/**
 * Each day's attempts at the step, from the first data to the window's end, and those that
 * failed there: an error other than the form refusing input, or a dead click.
 */
function dailyFailures({ dataset, range, path, step }: CauseContext): DailyTally[] {
  const days = new Map<Day, DailyTally>();
  for (const { row } of dataset.attempts) {
    if (row.path !== path.id || row.day > range.to || !reaches(row, step)) continue;
    const tally = days.get(row.day) ?? { day: row.day, attempts: 0, failures: 0 };
    tally.attempts += 1;
    const at = row.steps.find((s) => s.step === step)!;
    const failed =
      at.errors.some((error) => !INPUT_ERROR_KINDS.has(error.kind)) ||
      (at.signals.dead_click ?? 0) > 0;
    if (failed) tally.failures += 1;
    days.set(row.day, tally);
  }
  return [...days.values()];
}

type Row = CauseContext['attempts'][number]['row'];
type StepRow = Row['steps'][number];

function errorsAt(row: Row, step: string, kind: string): number {
  const at = row.steps.find((s) => s.step === step);
  return at ? at.errors.filter((error) => error.kind === kind).length : 0;
}

function signalAt(row: Row, step: string, kind: keyof StepRow['signals']): number {
  return row.steps.find((s) => s.step === step)?.signals[kind] ?? 0;
}

function hasError(stepRow: StepRow, error: { kind: string; button: string }): boolean {
  return stepRow.errors.some((e) => e.kind === error.kind && e.button === error.button);
}

function bug(rule: Evidence['rule'], text: string): Evidence {
  return { cause: 'bug', rule, text };
}
