import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { weeklyReview, type WeeklyReview } from '../../../core/analysis/index.ts';
import { BUILT_IN_PATHS } from '../../../core/flows/index.ts';
import type { ApiError } from '../../../core/sync/index.ts';
import { syncOrganisations } from '../organisations/index.ts';
import {
  CONTOSO,
  NORTH_PARTNER,
  NORTHWIND,
  TEST_ORGANISATIONS,
  TEST_PARTNERS,
} from '../testing/fixtures.ts';
import { openSeededBackend, type SeededBackend } from '../testing/seeded-scenario.ts';

let seeded: SeededBackend;

beforeAll(async () => {
  seeded = await openSeededBackend();
}, 60_000);
afterAll(() => seeded.store.close());

function getReview(query: string): Promise<Response> {
  return Promise.resolve(
    seeded.app.request(`/v1/orgs/northwind/review${query}`, {
      headers: { authorization: `Bearer ${NORTH_PARTNER.readToken}` },
    }),
  );
}

async function reviewOf(week: string): Promise<WeeklyReview> {
  const response = await getReview(`?week=${week}`);
  expect(response.status).toBe(200);
  return (await response.json()) as WeeklyReview;
}

/** The review computed over every row of the organisation at once. */
function reviewOfEverything(week: string): WeeklyReview {
  const { scenario } = seeded;
  const input = {
    organisation: NORTHWIND.name,
    attempts: scenario.attempts,
    sessions: scenario.sessions,
    paths: BUILT_IN_PATHS,
    interventions: scenario.interventions,
  };
  return JSON.parse(JSON.stringify(weeklyReview(input, week))) as WeeklyReview;
}

describe('GET /v1/orgs/:org/review', () => {
  it('puts the delivery bug, the putaway knowledge gap and the bill workaround on top of 2026-W48', async () => {
    const review = await reviewOf('2026-W48');

    expect(review.top.map((item) => [item.path, item.step, item.cause])).toEqual([
      ['inventory.delivery', 'validate', 'bug'],
      ['inventory.putaway', 'destination', 'knowledge'],
      ['accounting.vendor-bill', 'bill-draft', 'ux_process'],
    ]);
    expect(review.top[0]!.firstDay).toBe('2026-11-18');
    expect(review.top[1]!.cohorts).toEqual(['warehouse/north-site/new']);
  });

  it('shows in 2026-W49 that the training of the new operators worked, p < 0.05', async () => {
    const review = await reviewOf('2026-W49');

    const [outcome] = review.interventions;
    expect(outcome!.intervention).toMatchObject({
      id: 'training-2026-11-30',
      kind: 'training',
      path: 'inventory.putaway',
      step: 'destination',
      cohort: 'warehouse/north-site/new',
    });
    const hesitation = outcome!.comparison.metrics.find((m) => m.metric === 'hesitation')!;
    expect(outcome!.comparison.verdict).toBe('improved');
    expect(hesitation.pValue).toBeLessThan(0.05);
    expect(hesitation.after!).toBeLessThan(hesitation.before!);
    expect(review.top.map((item) => item.path)).not.toContain('inventory.putaway');
  });

  it('matches the review of every row analysed at once, for each week of the scenario', async () => {
    for (const week of seeded.scenario.weeks) {
      expect(await reviewOf(week)).toEqual(reviewOfEverything(week));
    }
  });

  it("merges the cohorts smaller than the organisation's minGroupUsers into other", async () => {
    const settings = { minGroupUsers: 5, hintWindowDays: 28 };
    await syncOrganisations(seeded.store, [{ ...NORTHWIND, settings }, CONTOSO], TEST_PARTNERS);
    try {
      const review = await reviewOf('2026-W48');

      expect(review.cohorts.map((cohort) => [cohort.key, cohort.users])).toEqual([
        ['warehouse/north-site/experienced', 6],
        ['warehouse/south-site/experienced', 5],
        ['other', 14],
      ]);
    } finally {
      await syncOrganisations(seeded.store, TEST_ORGANISATIONS, TEST_PARTNERS);
    }
  });

  it('reviews the current week by the server clock when no week is given', async () => {
    const response = await getReview('');

    expect(((await response.json()) as WeeklyReview).week).toBe('2026-W49');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('renders Markdown and a standalone HTML page on request', async () => {
    const markdown = await getReview('?week=2026-W48&format=markdown');
    const html = await getReview('?week=2026-W48&format=html');

    expect(markdown.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    const text = await markdown.text();
    expect(text).toMatch(/^# Weekly review — Northwind \\<Furniture> & Sons, 2026-W48/);
    expect(text).toContain('1. "Validate the delivery" — Deliver goods');
    expect(html.headers.get('content-type')).toMatch(/^text\/html/);
    expect(html.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await html.text()).toContain('Northwind &lt;Furniture&gt; &amp; Sons');
  });

  it.each([
    [
      '?week=2026-49',
      'invalid_week',
      'week "2026-49" must be an ISO week such as 2026-W49, in years 2000 to 2999',
    ],
    [
      '?week=9999-W52',
      'invalid_week',
      'week "9999-W52" must be an ISO week such as 2026-W49, in years 2000 to 2999',
    ],
    [
      '?week=2025-W53',
      'invalid_week',
      'week "2025-W53" must be an ISO week such as 2026-W49, in years 2000 to 2999',
    ],
    ['?format=pdf', 'invalid_format', 'format "pdf" must be json, markdown or html'],
    ['?wek=2026-W49', 'invalid_query', 'unknown parameter "wek": this takes week, format'],
    ['?week=2026-W48&week=2026-W49', 'invalid_query', 'week is given twice: give it once'],
  ])('refuses %s with 400 %s', async (query, code, message) => {
    const response = await getReview(query);

    expect(response.status).toBe(400);
    expect(((await response.json()) as ApiError).error).toEqual({ code, message });
  });
});
