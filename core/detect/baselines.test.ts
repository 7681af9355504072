import { describe, expect, it } from 'vitest';

import { BUILT_IN_PATHS } from '../flows/library.ts';
import { matchAttempts } from '../flows/match.ts';
import { OVERVIEW, RECEIPT, RECEIPTS, SessionBuilder } from '../flows/session-builder.ts';
import { idleBaselines, pauseBaseline } from './baselines.ts';
import { detectAll } from './detect-all.ts';

const FORM = 'stock.picking|form|assigned|-';

/** A receipt whose user stays idle `idleMs` on the form before validating, or gives up. */
function receipt(session: string, idleMs: number, finish = true) {
  const builder = new SessionBuilder(session)
    .go(OVERVIEW)
    .menu('stock.in_picking')
    .go(RECEIPTS, 'menu')
    .go(RECEIPT, 'open_record')
    .wait(idleMs - 1000);
  if (finish) builder.click('button_validate').state('done');
  else builder.click('action_cancel', 'secondary_action');
  return builder.events;
}

describe('idleBaselines', () => {
  const done = [4_000, 6_000, 8_000, 20_000, 40_000].flatMap((ms, i) => receipt(`done-${i}`, ms));
  const gaveUp = receipt('gave-up', 300_000, false);
  const events = [...done, ...gaveUp];
  const attempts = matchAttempts(events, BUILT_IN_PATHS);

  it('takes P50 and P90 of the idle gaps at each screen from completed attempts only', () => {
    const form = idleBaselines(events, attempts).find((baseline) => baseline.step === FORM);

    // Per completed attempt: 1 s to open the form (the gap ends there) and the wait before
    // Validate. The 300 s of the user who gave up are not a colleague's norm.
    expect(form).toEqual({ step: FORM, n: 10, p50Ms: 2500, p90Ms: 22_000 });
  });

  it('leaves out screens with too few gaps to say what is normal', () => {
    expect(idleBaselines(events, attempts, 11).map((baseline) => baseline.step)).toEqual([]);
  });

  it('raises the pause threshold at a step to what colleagues needed there', () => {
    const slow = receipt('slow', 21_000);
    const baseline = pauseBaseline(idleBaselines(events, attempts));

    const floorOnly = detectAll(slow).filter((signal) => signal.kind === 'pause');
    const withBaseline = detectAll(slow, { baseline }).filter((signal) => signal.kind === 'pause');

    expect(floorOnly.map((signal) => signal.evidence.thresholdMs)).toEqual([10_000]);
    expect(withBaseline).toEqual([]);
  });
});
