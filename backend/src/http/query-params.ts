import { z } from 'zod';

import { isIsoWeek, type DayRange } from '../../../core/analysis/index.ts';
import { BUILT_IN_PATHS } from '../../../core/flows/index.ts';
import { isCalendarDay } from '../../../core/sync/index.ts';
import type { ApiErrorCode } from './api-errors.ts';

/**
 * The query parameters of the analysis endpoints and pages, one schema each, so that `week`
 * means the same and is refused in the same words everywhere. Each message says what the value
 * must be; `parseQuery` puts the parameter and the value sent in front of it.
 */

/** Most weeks a trend may span: a year. */
export const MAX_TREND_WEEKS = 52;

/** Longest question accepted, in characters. */
export const MAX_QUESTION_CHARS = 500;

/** The modules golden paths belong to, e.g. `stock`. */
export const MODULES: readonly string[] = [...new Set(BUILT_IN_PATHS.map((p) => p.module))].sort();

/** The golden path ids. */
export const PATH_IDS: readonly string[] = [...new Set(BUILT_IN_PATHS.map((p) => p.id))].sort();

/** The formats the review is rendered in. */
export const REVIEW_FORMATS = ['json', 'markdown', 'html'] as const;

const PART = '[a-z0-9]+(?:[_-][a-z0-9]+)*';
const COHORT_KEY = new RegExp(`^(?:other|${PART}/${PART}/${PART})$`);

// Each message once: a value of the wrong kind, a missing one and a bad one all read the same.
const WEEK = 'must be an ISO week such as 2026-W49, in years 2000 to 2999';
const WEEKS = `must be a whole number of weeks from 1 to ${MAX_TREND_WEEKS}`;
const COHORT = 'must be a cohort as role/team/tenure, such as warehouse/north-site/new';
const STEP = 'must be a step id';
const DAY_TEXT = 'must be a day as YYYY-MM-DD, in years 2000 to 2999';
const RANGE = 'must be two days as YYYY-MM-DD..YYYY-MM-DD, the first not after the second';
const QUESTION = 'must be a question, such as "Which module spiked this week?"';

/** `2026-W49`. */
export const weekParam = z.string({ error: WEEK }).refine(isIsoWeek, WEEK);

/** How many weeks a trend shows, `8`. */
export const weeksParam = z
  .string({ error: WEEKS })
  .regex(/^\d+$/, WEEKS)
  .transform(Number)
  .refine((weeks) => weeks >= 1 && weeks <= MAX_TREND_WEEKS, WEEKS);

/** `stock`. */
export const moduleParam = z.enum(MODULES as [string, ...string[]], {
  error: `must be one of ${MODULES.join(', ')}`,
});

/** `warehouse/north-site/new`, or `other`. */
export const cohortParam = z.string({ error: COHORT }).regex(COHORT_KEY, COHORT);

/** `inventory.putaway`. */
export const pathParam = z.enum(PATH_IDS as [string, ...string[]], {
  error: `must be a golden path: ${PATH_IDS.join(', ')}`,
});

/** `destination`; whether the path has it is checked with `stepOfPath`. */
export const stepParam = z.string({ error: STEP }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, STEP);

/** `2026-11-02`. */
export const dayParam = z.string({ error: DAY_TEXT }).refine(isCalendarDay, DAY_TEXT);

/** `2026-11-02..2026-11-29`, both days included. */
export const dayRangeParam = z.string({ error: RANGE }).transform((value, ctx): DayRange => {
  const [from, to, ...rest] = value.split('..');
  if (from && to && rest.length === 0 && isCalendarDay(from) && isCalendarDay(to) && from <= to) {
    return { from, to };
  }
  ctx.addIssue({ code: 'custom', message: RANGE });
  return z.NEVER;
});

/** `markdown`. */
export const formatParam = z.enum(REVIEW_FORMATS, {
  error: `must be ${REVIEW_FORMATS.join(', ').replace(/, (\w+)$/, ' or $1')}`,
});

/** A question in plain words. */
export const questionParam = z
  .string({ error: QUESTION })
  .trim()
  .min(1, QUESTION)
  .max(MAX_QUESTION_CHARS, `must be at most ${MAX_QUESTION_CHARS} characters`);

/** The code a bad value of each parameter is refused with. */
export const PARAM_CODES: Readonly<Record<string, ApiErrorCode>> = {
  week: 'invalid_week',
  weeks: 'invalid_weeks',
  module: 'invalid_module',
  cohort: 'invalid_cohort',
  path: 'invalid_path',
  step: 'invalid_step',
  before: 'invalid_range',
  after: 'invalid_range',
  from: 'invalid_range',
  to: 'invalid_range',
  format: 'invalid_format',
  q: 'invalid_question',
};

/** The steps of a golden path, in order; empty for a path this backend does not ship. */
export function stepsOfPath(path: string): string[] {
  const latest = BUILT_IN_PATHS.filter((candidate) => candidate.id === path).sort(
    (a, b) => b.version - a.version,
  )[0];
  return latest ? latest.steps.map((step) => step.id) : [];
}

/**
 * Refines a query schema with `path` and `step` so that the step must belong to the path: a step
 * with no path, or of another path, is refused naming the path's steps.
 */
export function stepOfPath(
  query: { path?: string | undefined; step?: string | undefined },
  ctx: z.RefinementCtx,
): void {
  if (query.step === undefined) return;
  if (query.path === undefined) {
    ctx.addIssue({ code: 'custom', path: ['step'], message: 'needs a path: give path as well' });
    return;
  }
  const steps = stepsOfPath(query.path);
  if (!steps.includes(query.step)) {
    ctx.addIssue({
      code: 'custom',
      path: ['step'],
      message: `is not a step of ${query.path}: use one of ${steps.join(', ')}`,
    });
  }
}
