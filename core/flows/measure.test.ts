import { describe, expect, it } from 'vitest';

import { BUILT_IN_PATHS } from './library.ts';
import { matchAttempts } from './match.ts';
import { measureAttempts, stepBaselines } from './measure.ts';
import { OVERVIEW, RECEIPT, RECEIPTS, SessionBuilder } from './session-builder.ts';

const receiptPath = BUILT_IN_PATHS.filter((path) => path.id === 'inventory.receipt');

/** A receipt that takes `formMs` at the form; finished or not. */
function receipt(session: string, formMs: number, finish: boolean) {
  const builder = new SessionBuilder(session)
    .go(OVERVIEW)
    .menu('stock.in_picking')
    .go(RECEIPTS, 'menu')
    .go(RECEIPT, 'open_record')
    .wait(formMs - 1000);
  if (finish) builder.click('button_validate').state('done');
  else builder.click('action_cancel', 'secondary_action');
  return builder.events;
}

describe('measureAttempts', () => {
  const events = [
    ...receipt('new-1', 20_000, false),
    ...receipt('new-2', 30_000, true),
    ...receipt('old-1', 4_000, true),
    ...receipt('old-2', 6_000, true),
  ];
  const sessions = ['new-1', 'new-2', 'old-1', 'old-2', 'sales-only'];
  const attempts = matchAttempts(events, receiptPath);

  it('gives coverage over every session in scope, completion and time over attempts', () => {
    const [all] = measureAttempts(attempts, receiptPath, { sessions });

    expect(all).toMatchObject({
      cohort: 'all',
      sessions: 5,
      attempts: 4,
      completed: 3,
      coverage: 0.8,
      completion: 0.75,
      deviationRate: 0,
    });
    // 6 s, 8 s and 32 s from the list to done.
    expect(all!.timeToComplete).toEqual({ n: 3, p50Ms: 8000, p90Ms: 27_200 });
    expect(all!.steps.find((step) => step.step === 'validate')).toMatchObject({
      reached: 3,
      coverage: 0.6,
      completion: 0.75,
    });
  });

  it('splits by cohort, so new users stand apart from experienced ones', () => {
    const cohortOf = (session: string) => session.replace(/-.*$/, '');

    const measures = measureAttempts(attempts, receiptPath, { sessions, cohortOf });

    expect(measures.map((m) => [m.cohort, m.sessions, m.attempts, m.completion])).toEqual([
      ['new', 2, 2, 0.5],
      ['old', 2, 2, 1],
      ['sales', 1, 0, 0],
    ]);
  });

  it('takes step baselines from completed attempts only', () => {
    const form = stepBaselines(attempts).find((b) => b.step === 'receipt-form')!;

    // 4 s, 6 s and 30 s at the form; the abandoned 20 s does not count.
    expect(form).toMatchObject({ path: 'inventory.receipt', version: 2, n: 3, p50Ms: 6000 });
    expect(form.p90Ms).toBe(25_200);
  });
});
