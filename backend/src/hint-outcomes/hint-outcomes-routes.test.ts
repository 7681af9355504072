import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { readJson } from '../testing/read-api.ts';
import { openSeededBackend, type SeededBackend } from '../testing/seeded-scenario.ts';
import type { HintOutcomeList } from './hint-outcomes-schema.ts';

let seeded: SeededBackend;

beforeAll(async () => {
  seeded = await openSeededBackend();
}, 60_000);
afterAll(() => seeded.store.close());

/** The outcomes at one step counted straight from the rows posted. */
function countedFromRows(path: string, step: string, from: string, to: string) {
  const counts = { shown: 0, followed: 0, got_it: 0, not_helpful: 0, dismissed: 0 };
  for (const attempt of seeded.scenario.attempts) {
    if (attempt.path !== path || attempt.day < from || attempt.day > to) continue;
    for (const row of attempt.steps.filter((s) => s.step === step)) {
      for (const key of Object.keys(counts) as (keyof typeof counts)[]) {
        counts[key] += row.hints[key] ?? 0;
      }
    }
  }
  return counts;
}

describe('GET /v1/orgs/:org/hints/outcomes', () => {
  it('adds up the outcomes of the hints shown at each step of the week', async () => {
    const list = await readJson<HintOutcomeList>(
      seeded.app,
      '/v1/orgs/northwind/hints/outcomes?week=2026-W48&module=stock',
    );

    const destination = list.steps.find((step) => step.step === 'destination')!;
    expect(destination).toMatchObject({
      path: 'inventory.putaway',
      stepName: 'Set the storage location',
    });
    expect(destination.outcomes).toEqual(
      countedFromRows('inventory.putaway', 'destination', '2026-11-23', '2026-11-29'),
    );
    expect(destination.followedPct).toBe(
      Math.round((destination.outcomes.followed / destination.outcomes.shown) * 1000) / 10,
    );
    expect(new Set(list.steps.map((step) => step.module))).toEqual(new Set(['stock']));
  });

  it("keeps a cohort's hints only", async () => {
    const all = await readJson<HintOutcomeList>(
      seeded.app,
      '/v1/orgs/northwind/hints/outcomes?week=2026-W48',
    );
    const accountants = await readJson<HintOutcomeList>(
      seeded.app,
      '/v1/orgs/northwind/hints/outcomes?week=2026-W48&cohort=accounting/finance/experienced',
    );

    expect(accountants.steps.map((step) => step.path)).toEqual(
      accountants.steps.map(() => 'accounting.vendor-bill'),
    );
    expect(accountants.steps.length).toBeGreaterThan(0);
    expect(all.steps.length).toBeGreaterThan(accountants.steps.length);
  });
});
