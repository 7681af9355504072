import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildClusters } from '../../../core/analysis/index.ts';
import { BUILT_IN_PATHS } from '../../../core/flows/index.ts';
import { NORTHWIND } from '../testing/fixtures.ts';
import { readApi, readJson, refusalOf } from '../testing/read-api.ts';
import { openSeededBackend, type SeededBackend } from '../testing/seeded-scenario.ts';
import type { TrendList } from './trends-schema.ts';

let seeded: SeededBackend;

beforeAll(async () => {
  seeded = await openSeededBackend();
}, 60_000);
afterAll(() => seeded.store.close());

const trends = (query: string) =>
  readJson<TrendList>(seeded.app, `/v1/orgs/northwind/trends${query}`);

describe('GET /v1/orgs/:org/trends', () => {
  it('shows the eight weeks up to this week, with no rates before the first data', async () => {
    const { weeks } = await trends('');

    expect(weeks.map((week) => week.week)).toEqual([
      '2026-W42',
      '2026-W43',
      '2026-W44',
      '2026-W45',
      '2026-W46',
      '2026-W47',
      '2026-W48',
      '2026-W49',
    ]);
    expect(weeks[0]).toMatchObject({ sessions: 0, attempts: 0, completionPct: null });
    expect(weeks[2]!.attempts).toBeGreaterThan(300);
  });

  it('shows completion falling in the week the delivery bug started, for deliveries', async () => {
    const { weeks } = await trends('?weeks=3&week=2026-W47&path=inventory.delivery');

    const completion = weeks.map((week) => week.completionPct!);
    expect(weeks.map((week) => week.week)).toEqual(['2026-W45', '2026-W46', '2026-W47']);
    expect(completion[0]).toBeGreaterThan(90);
    expect(completion[2]).toBeLessThan(completion[0]! - 20);
  });

  it("measures a step of a cohort as the week's cluster does", async () => {
    const { weeks } = await trends(
      '?weeks=2&week=2026-W49&path=inventory.putaway&step=destination&cohort=warehouse/north-site/new',
    );
    const input = {
      organisation: NORTHWIND.name,
      attempts: seeded.scenario.attempts,
      sessions: seeded.scenario.sessions,
      paths: BUILT_IN_PATHS,
    };

    for (const week of weeks) {
      const cluster = buildClusters(input, week.week).find(
        (c) => c.step === 'destination' && c.cohort === 'warehouse/north-site/new',
      )!;
      expect(week).toMatchObject({
        attempts: cluster.figures.attempts,
        sessions: cluster.figures.scopeSessions,
        coveragePct: cluster.figures.coveragePct,
        completionPct: cluster.figures.completionPct,
        hesitationScore: cluster.figures.hesitationScore,
        workaroundPct: cluster.figures.workaroundPct,
      });
    }
    // The training of 2026-11-30: the new operators stopped hesitating there.
    expect(weeks[0]!.hesitationScore).toBeGreaterThan(50);
    expect(weeks[1]!.hesitationScore).toBeLessThan(15);
  });

  it.each([
    ['?weeks=0', 'invalid_weeks', 'weeks "0" must be a whole number of weeks from 1 to 52'],
    ['?weeks=eight', 'invalid_weeks', 'weeks "eight" must be a whole number of weeks from 1 to 52'],
    ['?step=destination', 'invalid_step', 'step "destination" needs a path: give path as well'],
    [
      '?path=inventory.receipt&step=destination',
      'invalid_step',
      'step "destination" is not a step of inventory.receipt: use one of receipts-list, ' +
        'receipt-form, quantities, immediate-transfer, validate, backorder-decision, done',
    ],
  ])('refuses %s with 400 %s', async (query, code, message) => {
    const response = await readApi(seeded.app, `/v1/orgs/northwind/trends${query}`);

    expect(await refusalOf(response)).toEqual({ status: 400, code, message });
  });
});
