import { describe, expect, it } from 'vitest';

import { SIGNAL_KINDS } from '../detect/types.ts';
import { dominantSignal, scoreOf, SIGNAL_PRECEDENCE, severityOf } from './severity.ts';
import type { StepFigures } from './types.ts';

const figures = (fields: Partial<StepFigures>): StepFigures => ({
  attempts: 20,
  completed: 20,
  sessions: 20,
  users: 5,
  scopeSessions: 20,
  visits: 20,
  hesitantVisits: 0,
  coveragePct: 100,
  hesitationScore: 0,
  completionPct: 100,
  workaroundPct: 0,
  errorRatePct: 0,
  abandoned: 0,
  frictionAttempts: 0,
  timeToComplete: { n: 20, p50Ms: 1000, p90Ms: 2000 },
  signals: {},
  errors: [],
  ...fields,
});

describe('severityOf', () => {
  it('is the share of attempts in trouble when completion held', () => {
    expect(severityOf(figures({ frictionAttempts: 5 }), null)).toBe(0.25);
  });

  it('adds the completion lost against the previous weeks as a further chance of trouble', () => {
    const baseline = {
      weeks: 4,
      hesitationScore: 0,
      completionPct: 90,
      errorRatePct: 0,
      workaroundPct: 0,
    };

    expect(severityOf(figures({ frictionAttempts: 10, completionPct: 40 }), baseline)).toBe(0.75);
    expect(severityOf(figures({ completionPct: 95 }), baseline)).toBe(0);
  });

  it('weights reach by severity', () => {
    expect(scoreOf(12, 0.5)).toBe(6);
  });
});

describe('dominantSignal', () => {
  it('names the kind raised most often', () => {
    expect(dominantSignal({ pause: 9, loop: 3, hover_backtrack: 4 })).toBe('pause');
  });

  it('breaks ties by what says most about the cause, and is null without signals', () => {
    expect(dominantSignal({ retry: 4, error: 4, pause: 4 })).toBe('error');
    expect(dominantSignal({})).toBeNull();
  });

  it('has a place for every kind of signal', () => {
    expect([...SIGNAL_PRECEDENCE].sort()).toEqual([...SIGNAL_KINDS].sort());
  });
});
