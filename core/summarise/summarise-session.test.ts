import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { BUILT_IN_PATHS } from '../flows/library.ts';
import type { SessionEvent } from '../flows/match.ts';
import { RECEIPT, RECEIPTS, SessionBuilder } from '../flows/session-builder.ts';
import { attemptRowSchema } from '../sync/schema.ts';
import { parseTrace } from '../trace/parse-trace.ts';
import { SESSION_IDLE_MS, summariseSession } from './summarise-session.ts';

const TRACES = path.resolve(import.meta.dirname, '../../e2e/paths-corpus/traces');

function trace(name: string): SessionEvent[] {
  const parsed = parseTrace(readFileSync(path.join(TRACES, `${name}.jsonl`), 'utf8'));
  if (!parsed.ok) throw new Error(`${name} does not parse`);
  return parsed.events;
}

const later = (events: readonly SessionEvent[]) => events.at(-1)!.t + SESSION_IDLE_MS + 1;

function receiptStart(session = 's1') {
  return new SessionBuilder(session)
    .menu('stock.in_picking')
    .go(RECEIPTS, 'menu')
    .go(RECEIPT, 'open_record');
}

describe('summariseSession', () => {
  it('puts the lot error, its fix and the retry at the Validate step of a recorded receipt', () => {
    const events = trace('receipt-lot-error-18');

    const [attempt, ...more] = summariseSession(events, {
      paths: BUILT_IN_PATHS,
      now: later(events),
    });

    expect(more).toEqual([]);
    expect(attempt!.row.status).toBe('completed');
    const validate = attempt!.row.steps.find((step) => step.step === 'validate')!;
    expect(validate.errors).toEqual([
      { kind: 'user_error', button: 'button_validate', fix: 'lot_name', count: 1 },
    ]);
    expect(validate.signals).toEqual({ retry: 1, error: 1 });
    expect(validate.hesitantVisits).toBe(1);
    expect(attempt!.row.steps.map((step) => [step.step, step.next])).toEqual([
      ['receipts-list', 'receipt-form'],
      ['receipt-form', 'validate'],
      ['validate', 'done'],
      ['done', null],
    ]);
  });

  it('records the step colleagues took after each step of a receipt with a backorder', () => {
    const events = trace('receipt-backorder-18');

    const [attempt] = summariseSession(events, { paths: BUILT_IN_PATHS, now: later(events) });

    expect(attempt!.row.steps.map((step) => step.next)).toEqual([
      'receipt-form',
      'quantities',
      'validate',
      'backorder-decision',
      'done',
      null,
    ]);
    expect(attempt!.row.steps.every((step) => step.hesitantVisits === 0)).toBe(true);
  });

  it('gives rows the sync contract accepts once an id, user and cohort are added', () => {
    const events = trace('receipt-abandoned-18');
    const summarised = summariseSession(events, { paths: BUILT_IN_PATHS, now: later(events) });

    expect(summarised).toHaveLength(1);
    const row = {
      ...summarised[0]!.row,
      attempt: '6f1c2e44-8a51-4c1b-9f0e-2d3c4b5a6978',
      user: null,
      cohort: { role: 'warehouse', team: null, tenure: 'new' },
    };
    expect(attemptRowSchema.safeParse(row).success).toBe(true);
    expect(row.deviations).toEqual({ skipped: 0, backtrack: 1, detour: 1, loop: 0 });
  });

  it('keeps an open attempt back until the session is over, and reports a completed one at once', () => {
    const open = receiptStart().events;
    const lastT = open.at(-1)!.t;

    expect(summariseSession(open, { paths: BUILT_IN_PATHS, now: lastT + 60_000 })).toEqual([]);
    expect(
      summariseSession(open, { paths: BUILT_IN_PATHS, now: lastT + SESSION_IDLE_MS + 1 }).map(
        (found) => [found.row.status, found.row.endReason],
      ),
    ).toEqual([['abandoned', 'session_ended']]);

    const done = receiptStart().click('button_validate').state('done').events;
    expect(
      summariseSession(done, { paths: BUILT_IN_PATHS, now: done.at(-1)!.t }).map(
        (found) => found.row.status,
      ),
    ).toEqual(['completed']);
  });

  it('counts a pause at the step the user was idle at, not the step their next action entered', () => {
    const events = receiptStart().wait(40_000).click('button_validate').state('done').events;

    const [attempt] = summariseSession(events, { paths: BUILT_IN_PATHS, now: events.at(-1)!.t });

    const byStep = Object.fromEntries(attempt!.row.steps.map((step) => [step.step, step]));
    expect(byStep['receipt-form']!.signals).toEqual({ pause: 1 });
    expect(byStep['receipt-form']!.hesitantVisits).toBe(1);
    expect(byStep['validate']!.signals).toEqual({});
    expect(byStep['validate']!.hesitantVisits).toBe(0);
  });

  it('gives hint outcomes to the step the hint was shown at', () => {
    const builder = receiptStart();
    const base = builder.events.at(-1)!;
    const hint = (outcome: 'shown' | 'followed', t: number): SessionEvent => ({
      type: 'hint',
      t,
      screen: base.screen,
      session: 's1',
      outcome,
      path: 'inventory.receipt',
      version: 2,
      step: 'receipt-form',
      next: 'quantities',
      source: 'pack',
      trigger: 'hover_backtrack',
    });
    const events = [
      ...builder.edit('quantity').click('button_validate').state('done').events,
      hint('shown', base.t + 200),
      hint('followed', base.t + 1200),
    ];

    const [attempt] = summariseSession(events, { paths: BUILT_IN_PATHS, now: base.t + 60_000 });

    const form = attempt!.row.steps.find((step) => step.step === 'receipt-form')!;
    expect(form.hints).toEqual({ shown: 1, followed: 1 });
    expect(form.next).toBe('quantities');
  });
});
