import { describe, expect, it } from 'vitest';

import {
  BACKOFF_INITIAL_MS,
  BACKOFF_MAX_MS,
  PROBE_MS,
  STORM_RECORDS_PER_SECOND,
  StormGuard,
} from './storm-guard.ts';

/** Feeds `perSecond` records in 100 callbacks a second from `from` for `ms`; returns verdicts. */
function storm(guard: StormGuard, from: number, ms: number, perSecond: number) {
  const verdicts = [];
  for (let t = from; t < from + ms; t += 10) {
    const verdict = guard.note(perSecond / 100, t);
    if (verdict) verdicts.push({ t, ...verdict });
  }
  return verdicts;
}

describe('StormGuard', () => {
  it('backs off for a second once 10,000 records a second have flowed for a fraction of one', () => {
    const guard = new StormGuard();
    const [first] = storm(guard, 0, 1000, 10_000);

    expect(first).toEqual({ t: 200, action: 'backoff', ms: BACKOFF_INITIAL_MS });
    expect(guard.state).toBe('backoff');
  });

  it('stays calm at normal rates, and for one render of thousands of records', () => {
    const guard = new StormGuard();
    expect(storm(guard, 0, 5000, STORM_RECORDS_PER_SECOND - 100)).toEqual([]);
    expect(guard.note(8000, 6000)).toBeNull();
    expect(guard.note(3000, 6030)).toBeNull();
    expect(guard.state).toBe('calm');
  });

  it('doubles the pause while the storm lasts, up to the maximum', () => {
    const guard = new StormGuard();
    storm(guard, 0, 300, 10_000);

    const pauses = [];
    let t = 1000;
    for (let round = 0; round < 6; round += 1) {
      guard.resume(t);
      const [verdict] = storm(guard, t, PROBE_MS, 10_000);
      pauses.push(verdict?.action === 'backoff' ? verdict.ms : null);
      t += 20_000;
    }

    expect(pauses).toEqual([2000, 4000, 8000, BACKOFF_MAX_MS, BACKOFF_MAX_MS, BACKOFF_MAX_MS]);
  });

  it('recovers after a calm probe and starts again from the first pause', () => {
    const guard = new StormGuard();
    storm(guard, 0, 300, 10_000);
    guard.resume(1300);
    storm(guard, 1300, 400, 200);

    expect(guard.endProbe(1300 + PROBE_MS - 1)).toBeNull();
    expect(guard.endProbe(1300 + PROBE_MS)).toEqual({ action: 'recovered' });
    expect(guard.state).toBe('calm');
    expect(storm(guard, 5000, 400, 10_000)[0]).toMatchObject({ ms: BACKOFF_INITIAL_MS });
  });

  it('ignores records reported while backing off', () => {
    const guard = new StormGuard();
    storm(guard, 0, 300, 10_000);
    expect(guard.note(50_000, 400)).toBeNull();
    expect(guard.endProbe(5000)).toBeNull();
  });
});
