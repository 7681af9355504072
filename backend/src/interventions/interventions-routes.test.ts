import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import type { WeeklyReview } from '../../../core/analysis/index.ts';
import { CONTOSO, NORTHWIND, SOUTH_PARTNER } from '../testing/fixtures.ts';
import { readJson, refusalOf } from '../testing/read-api.ts';
import { openSeededBackend, type SeededBackend } from '../testing/seeded-scenario.ts';
import type { InterventionList } from './interventions-schema.ts';
import type { RecordedIntervention } from './types.ts';

let seeded: SeededBackend;

beforeAll(async () => {
  seeded = await openSeededBackend();
}, 60_000);
afterAll(() => seeded.store.close());
// Recording happens on Contoso, so Northwind's seeded history stays as the other tests read it.
beforeEach(() => seeded.store.query("DELETE FROM interventions WHERE org_id = 'contoso'"));

const TICKET = {
  day: '2026-12-02',
  kind: 'ticket',
  path: 'inventory.delivery',
  step: 'validate',
  note: 'Module update rolled back; Validate answers again.',
};

function record(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return Promise.resolve(
    seeded.app.request(`/v1/orgs/${CONTOSO.id}/interventions`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${SOUTH_PARTNER.readToken}`,
        'content-type': 'application/json',
        ...headers,
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
}

describe('GET /v1/orgs/:org/interventions', () => {
  it('lists the training with its before/after up to the latest data', async () => {
    const list = await readJson<InterventionList>(seeded.app, '/v1/orgs/northwind/interventions');

    const [training] = list.interventions;
    expect(list.until).toBeNull();
    expect(training!.intervention.id).toBe('training-2026-11-30');
    expect(training!.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(training!.comparison.before).toEqual({ from: '2026-11-02', to: '2026-11-29' });
    expect(training!.comparison.after).toEqual({ from: '2026-11-30', to: '2026-12-04' });
    expect(training!.comparison.verdict).toBe('improved');
  });

  it('measures the after up to the end of the week asked for', async () => {
    const list = await readJson<InterventionList>(
      seeded.app,
      '/v1/orgs/northwind/interventions?week=2026-W49',
    );

    expect(list.until).toBe('2026-12-06');
    expect(list.interventions[0]!.comparison.after).toEqual({
      from: '2026-11-30',
      to: '2026-12-06',
    });
  });
});

describe('POST /v1/orgs/:org/interventions', () => {
  it("records one with the partner's read token, giving it an id from its kind and day", async () => {
    const response = await record(TICKET);

    expect(response.status).toBe(201);
    const recorded = (await response.json()) as RecordedIntervention;
    expect(recorded.intervention).toEqual({ id: 'ticket-2026-12-02', ...TICKET });
    const another = await record({ ...TICKET, note: 'Second fix, for the backorder wizard.' });
    expect(((await another.json()) as RecordedIntervention).intervention.id).toBe(
      'ticket-2026-12-02-2',
    );
  });

  it('records the same fields sent twice once, answering 200 with the first', async () => {
    const first = (await (await record(TICKET)).json()) as RecordedIntervention;

    const again = await record(TICKET);

    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(first);
    const list = await readJson<InterventionList>(
      seeded.app,
      `/v1/orgs/${CONTOSO.id}/interventions`,
      CONTOSO.readToken,
    );
    expect(list.interventions.map((item) => item.intervention.id)).toEqual(['ticket-2026-12-02']);
  });

  it("refuses a cohort the organisation does not have, listing the organisation's", async () => {
    const response = await seeded.app.request('/v1/orgs/northwind/interventions', {
      method: 'POST',
      headers: {
        authorization: `Bearer ${NORTHWIND.readToken}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ ...TICKET, cohort: 'cleaning/night-shift/new' }),
    });

    const json = (await response.json()) as { error: { code: string; issues: unknown[] } };
    expect(response.status).toBe(400);
    expect(json.error.code).toBe('invalid_body');
    expect(json.error.issues).toEqual([
      {
        path: 'cohort',
        message: expect.stringMatching(
          /^cohort "cleaning\/night-shift\/new" is not a cohort of this organisation: use one of .*warehouse\/north-site\/new/,
        ),
      },
    ]);
  });

  it('shows a recorded intervention in the review of its week, before/after included', async () => {
    await record({ ...TICKET, step: undefined, note: undefined });

    const response = await seeded.app.request(`/v1/orgs/${CONTOSO.id}/review?week=2026-W49`, {
      headers: { authorization: `Bearer ${CONTOSO.readToken}` },
    });

    const review = (await response.json()) as WeeklyReview;
    expect(review.interventions.map((outcome) => outcome.intervention)).toEqual([
      {
        id: 'ticket-2026-12-02',
        day: '2026-12-02',
        kind: 'ticket',
        path: 'inventory.delivery',
        note: '',
      },
    ]);
    expect(review.interventions[0]!.comparison.verdict).toBe('insufficient_data');
  });

  it.each([
    [{ ...TICKET, id: 'mine' }, 'id', 'is not a known field; remove "id" or correct its spelling'],
    [
      { ...TICKET, day: '2026-02-31' },
      'day',
      '"2026-02-31" is not a calendar day between 2000 and 2999',
    ],
    [{ ...TICKET, kind: 'party' }, 'kind', 'Invalid option: expected one of'],
    [
      { ...TICKET, path: 'inventory.putaways' },
      'path',
      '"inventory.putaways" is not a golden path',
    ],
    [
      { ...TICKET, step: 'destination' },
      'step',
      '"destination" is not a step of inventory.delivery: use one of deliveries-list,',
    ],
    [{ ...TICKET, cohort: 'new people' }, 'cohort', 'must be a cohort such as'],
  ])('refuses %j with 400 invalid_body naming the field', async (body, path, message) => {
    const response = await record(body);

    const json = (await response.json()) as { error: { code: string; issues: unknown[] } };
    expect(response.status).toBe(400);
    expect(json.error.code).toBe('invalid_body');
    expect(json.error.issues).toEqual([{ path, message: expect.stringContaining(message) }]);
  });

  it('refuses a body that is not JSON, or not sent as JSON', async () => {
    expect((await refusalOf(await record('{"day":'))).code).toBe('invalid_json');
    expect((await refusalOf(await record(TICKET, { 'content-type': 'text/plain' }))).code).toBe(
      'unsupported_media_type',
    );
  });
});

describe('DELETE /v1/orgs/:org/interventions/:id', () => {
  const remove = (id: string, token = SOUTH_PARTNER.readToken) =>
    Promise.resolve(
      seeded.app.request(`/v1/orgs/${CONTOSO.id}/interventions/${id}`, {
        method: 'DELETE',
        headers: { authorization: `Bearer ${token}` },
      }),
    );

  it('takes back an intervention recorded by mistake, and only that one', async () => {
    await record(TICKET);
    await record({ ...TICKET, note: 'The right one.' });

    const response = await remove('ticket-2026-12-02');

    expect(response.status).toBe(204);
    const list = await readJson<InterventionList>(
      seeded.app,
      `/v1/orgs/${CONTOSO.id}/interventions`,
      CONTOSO.readToken,
    );
    expect(list.interventions.map((item) => item.intervention.note)).toEqual(['The right one.']);
  });

  it('answers 404 unknown_intervention for an id the organisation does not have', async () => {
    const refusal = await refusalOf(await remove('ticket-2026-12-02'));

    expect(refusal).toEqual({
      status: 404,
      code: 'unknown_intervention',
      message: expect.stringContaining('has no intervention "ticket-2026-12-02"'),
    });
  });

  it("refuses another partner's token with wrong_org, deleting nothing", async () => {
    await record(TICKET);

    const refusal = await refusalOf(
      await seeded.app.request('/v1/orgs/contoso/interventions/ticket-2026-12-02', {
        method: 'DELETE',
        headers: { authorization: `Bearer ${NORTHWIND.readToken}` },
      }),
    );

    expect(refusal.code).toBe('wrong_org');
    const list = await readJson<InterventionList>(
      seeded.app,
      `/v1/orgs/${CONTOSO.id}/interventions`,
      CONTOSO.readToken,
    );
    expect(list.interventions).toHaveLength(1);
  });
});
