import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Comparison } from '../../../core/analysis/index.ts';
import { readApi, readJson, refusalOf } from '../testing/read-api.ts';
import { openSeededBackend, type SeededBackend } from '../testing/seeded-scenario.ts';

let seeded: SeededBackend;

beforeAll(async () => {
  seeded = await openSeededBackend();
}, 60_000);
afterAll(() => seeded.store.close());

const BEFORE = 'before=2026-11-02..2026-11-29';
const AFTER = 'after=2026-11-30..2026-12-06';

describe('GET /v1/orgs/:org/compare', () => {
  it('finds the new operators hesitating far less at putaway after their training', async () => {
    const comparison = await readJson<Comparison>(
      seeded.app,
      '/v1/orgs/northwind/compare?path=inventory.putaway&step=destination' +
        `&cohort=warehouse/north-site/new&${BEFORE}&${AFTER}`,
    );

    const hesitation = comparison.metrics.find((metric) => metric.metric === 'hesitation')!;
    expect(comparison).toMatchObject({
      primary: 'hesitation',
      verdict: 'improved',
      stepName: 'Set the storage location',
      cohortLabel: 'warehouse · north-site · new',
    });
    expect(hesitation.before).toBeGreaterThan(60);
    expect(hesitation.after).toBeLessThan(10);
    expect(hesitation.pValue).toBeLessThan(0.05);
  });

  it('judges a whole path by completion: deliveries got worse once Validate broke', async () => {
    const comparison = await readJson<Comparison>(
      seeded.app,
      '/v1/orgs/northwind/compare?path=inventory.delivery' +
        '&before=2026-11-02..2026-11-17&after=2026-11-18..2026-11-29',
    );

    expect(comparison).toMatchObject({ primary: 'completion', verdict: 'worse', stepName: null });
  });

  it.each([
    [`?${BEFORE}&${AFTER}`, 'invalid_path', 'path is missing: it must be a golden path: '],
    [
      `?path=inventory.putaway&before=2026-11-29..2026-11-02&${AFTER}`,
      'invalid_range',
      'before "2026-11-29..2026-11-02" must be two days as YYYY-MM-DD..YYYY-MM-DD, the first ' +
        'not after the second',
    ],
    [
      `?path=inventory.putaway&${BEFORE}&after=2026-02-30..2026-03-06`,
      'invalid_range',
      'after "2026-02-30..2026-03-06" must be two days as YYYY-MM-DD..YYYY-MM-DD, the first not ' +
        'after the second',
    ],
    [
      `?path=inventory.putaway&${BEFORE}`,
      'invalid_range',
      'after is missing: it must be two days as YYYY-MM-DD..YYYY-MM-DD, the first not after the ' +
        'second',
    ],
    [
      `?path=inventory.putaway&${BEFORE}&after=2026-11-29..2026-12-06`,
      'invalid_range',
      'after "2026-11-29..2026-12-06" shares days with before (2026-11-02..2026-11-29): give ' +
        'two windows apart',
    ],
    [
      `?path=inventory.putaway&step=quantities&${BEFORE}&${AFTER}`,
      'invalid_step',
      'step "quantities" is not a step of inventory.putaway: use one of detailed-operations, ',
    ],
  ])('refuses %s with 400 %s', async (query, code, message) => {
    const response = await readApi(seeded.app, `/v1/orgs/northwind/compare${query}`);

    const refusal = await refusalOf(response);
    expect({ ...refusal, message: refusal.message.slice(0, message.length) }).toEqual({
      status: 400,
      code,
      message,
    });
  });
});
