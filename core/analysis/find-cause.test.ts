import { describe, expect, it } from 'vitest';

import { analysisInput } from '../testing/analysis-input.ts';
import { attemptRow, userPseudonym } from '../testing/attempt-rows.ts';
import type { AttemptRow, AttemptStepRow, Cohort } from '../sync/schema.ts';
import { attemptsIn, datasetOf, pathInfo } from './dataset.ts';
import { findCause } from './find-cause.ts';
import { reaches } from './step-measure.ts';
import { weekRange } from './weeks.ts';

const WEEK = weekRange('2026-W49');
const EXPERIENCED: Cohort = { role: 'warehouse', team: 'north-site', tenure: 'experienced' };
const NEW: Cohort = { role: 'warehouse', team: 'north-site', tenure: 'new' };
const SOUTH: Cohort = { role: 'warehouse', team: 'south-site', tenure: 'experienced' };

/** `count` receipts by users `first`…, each with `step` as its validate step. */
function receipts(
  count: number,
  first: number,
  cohort: Cohort,
  validate: Partial<AttemptStepRow>,
  fields: Partial<AttemptRow> = {},
): AttemptRow[] {
  return Array.from({ length: count }, (_, index) =>
    attemptRow({ user: userPseudonym(first + (index % 3)), cohort, ...fields }, [
      'receipt-form',
      { step: 'validate', ...validate },
      'done',
    ]),
  );
}

function causeAtValidate(attempts: AttemptRow[]) {
  const dataset = datasetOf(analysisInput(attempts));
  return findCause({
    dataset,
    range: WEEK,
    path: pathInfo(dataset, 'inventory.receipt'),
    step: 'validate',
    attempts: attemptsIn(dataset, WEEK).filter((a) => reaches(a.row, 'validate')),
  });
}

describe('findCause', () => {
  it('calls server errors in two cohorts a bug', () => {
    const crash = {
      hesitantVisits: 1,
      signals: { error: 1, retry: 1 },
      errors: [{ kind: 'server_error', button: 'button_validate', fix: null, count: 1 }],
    };
    const finding = causeAtValidate([
      ...receipts(6, 1, EXPERIENCED, crash),
      ...receipts(6, 4, SOUTH, crash),
    ]);

    expect(finding.cause).toBe('bug');
    expect(finding.evidence.filter((e) => e.cause === 'bug').map((e) => e.text)).toEqual([
      'Odoo answered button_validate with a server error 12 times, in 12 of 12 attempts ' +
        'by 6 users.',
      'The same server error on button_validate in 2 of 2 cohorts that reached the step.',
    ]);
  });

  it('dates a failure that starts on a day, even a user error', () => {
    const refused = {
      signals: { error: 1 },
      errors: [{ kind: 'user_error', button: 'button_validate', fix: null, count: 1 }],
    };
    const calm = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26'].flatMap((day) =>
      receipts(3, 1, EXPERIENCED, {}, { day }),
    );
    const finding = causeAtValidate([
      ...calm,
      ...receipts(4, 1, EXPERIENCED, refused, { day: '2026-12-01' }),
      ...receipts(4, 1, EXPERIENCED, refused, { day: '2026-12-02' }),
    ]);

    expect(finding.cause).toBe('bug');
    expect(finding.firstDay).toBe('2026-12-01');
  });

  it('calls hesitation of new users, whose experienced peers get through, a knowledge gap', () => {
    const finding = causeAtValidate([
      ...receipts(9, 1, NEW, { visits: 2, hesitantVisits: 2, signals: { pause: 2 } }),
      ...receipts(9, 4, EXPERIENCED, {}),
    ]);

    expect(finding.cause).toBe('knowledge');
    expect(finding.evidence[0]!.rule).toBe('new_users_hesitate');
  });

  it('calls hesitation of experienced users in every cohort UX/process', () => {
    const finding = causeAtValidate([
      ...receipts(6, 1, EXPERIENCED, { hesitantVisits: 1, signals: { hover_backtrack: 1 } }),
      ...receipts(6, 4, SOUTH, { hesitantVisits: 1, signals: { pause: 1 } }),
      ...receipts(6, 7, NEW, { hesitantVisits: 1, signals: { pause: 1 } }),
    ]);

    expect(finding.cause).toBe('ux_process');
    expect(finding.evidence.map((e) => e.text)).toEqual([
      'Experienced users hesitate here too: score 100 (12 of 12 visits), in 3 of 3 cohorts.',
    ]);
  });

  it('sees repeated form friction of experienced users as UX/process', () => {
    const finding = causeAtValidate(
      receipts(6, 1, EXPERIENCED, {
        signals: { form_friction: 1, error: 2 },
        errors: [
          { kind: 'validation_error', button: 'button_validate', fix: 'lot_name', count: 2 },
        ],
      }),
    );

    expect(finding.cause).toBe('ux_process');
    expect(finding.evidence.map((e) => e.rule)).toEqual(['form_friction']);
  });

  it('reads a business rule refusing experienced users as UX/process, with their fix', () => {
    const refused = {
      hesitantVisits: 1,
      signals: { error: 1, retry: 1 },
      errors: [{ kind: 'user_error', button: 'button_validate', fix: 'lot_name', count: 1 }],
    };
    const finding = causeAtValidate([
      ...receipts(3, 1, EXPERIENCED, refused),
      ...receipts(9, 1, EXPERIENCED, {}),
    ]);

    expect(finding.cause).toBe('ux_process');
    expect(finding.evidence.map((e) => e.text)).toContain(
      'Odoo refused button_validate with a user error in 3 of 12 attempts; ' +
        'users then fixed lot_name.',
    );
  });
});
