import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { readApi, readJson, refusalOf } from '../testing/read-api.ts';
import { openSeededBackend, type SeededBackend } from '../testing/seeded-scenario.ts';
import type { ClusterList } from './clusters-schema.ts';

let seeded: SeededBackend;

beforeAll(async () => {
  seeded = await openSeededBackend();
}, 60_000);
afterAll(() => seeded.store.close());

const clusters = (query: string) =>
  readJson<ClusterList>(seeded.app, `/v1/orgs/northwind/clusters${query}`);

describe('GET /v1/orgs/:org/clusters', () => {
  it("lists the week's clusters with a signal, highest score first, each with its page id", async () => {
    const list = await clusters('?week=2026-W48');

    const scores = list.clusters.map(({ cluster }) => cluster.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(list.clusters.every(({ cluster }) => cluster.signal !== null)).toBe(true);
    expect(list.clusters[0]).toMatchObject({
      id: 'inventory.delivery~validate~warehouse~north-site~experienced',
      cluster: { path: 'inventory.delivery', step: 'validate', signal: 'error' },
    });
  });

  it('keeps one module and one cohort', async () => {
    const list = await clusters('?week=2026-W48&module=stock&cohort=warehouse/north-site/new');

    expect(new Set(list.clusters.map(({ cluster }) => cluster.module))).toEqual(new Set(['stock']));
    expect(new Set(list.clusters.map(({ cluster }) => cluster.cohort))).toEqual(
      new Set(['warehouse/north-site/new']),
    );
    const putaway = list.clusters.find(({ cluster }) => cluster.step === 'destination')!;
    expect(putaway.id).toBe('inventory.putaway~destination~warehouse~north-site~new');
    expect(putaway.cluster.figures.hesitationScore).toBeGreaterThanOrEqual(60);
    expect(putaway.cluster.pseudonyms).toHaveLength(4);
  });

  it('reads a cohort merged for being small as the merged cohort, other', async () => {
    const list = await clusters('?week=2026-W48&cohort=warehouse/south-site/new');

    expect(list.clusters.length).toBeGreaterThan(0);
    expect(new Set(list.clusters.map(({ cluster }) => cluster.cohort))).toEqual(new Set(['other']));
  });

  it.each([
    [
      '?module=inventory',
      'invalid_module',
      'module "inventory" must be one of account, base_import, mrp, purchase, sale, stock',
    ],
    [
      '?cohort=warehouse',
      'invalid_cohort',
      'cohort "warehouse" must be a cohort as role/team/tenure, such as warehouse/north-site/new',
    ],
    [
      '?cohort=warehouse/east-site/new',
      'invalid_cohort',
      'cohort "warehouse/east-site/new" is not a cohort of this organisation: use one of ' +
        'accounting/finance/experienced, sales/office/experienced, ' +
        'warehouse/north-site/experienced, warehouse/north-site/new, ' +
        'warehouse/south-site/experienced, other',
    ],
    [
      '?week=W48',
      'invalid_week',
      'week "W48" must be an ISO week such as 2026-W49, in years 2000 to 2999',
    ],
  ])('refuses %s with 400 %s', async (query, code, message) => {
    const response = await readApi(seeded.app, `/v1/orgs/northwind/clusters${query}`);

    expect(await refusalOf(response)).toEqual({ status: 400, code, message });
  });
});
