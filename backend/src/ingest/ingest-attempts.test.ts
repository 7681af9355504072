import { describe, expect, it } from 'vitest';

import { attemptRow, pseudonym } from '../../../core/testing/attempt-rows.ts';
import type { ApiError, IngestReceipt } from '../../../core/sync/index.ts';
import { loadAttempts, loadSessions } from '../analysis-data/index.ts';
import {
  attemptBatch,
  batch,
  CONTOSO,
  NORTHWIND,
  postIngest,
  row,
  sessionRow,
  useTestBackend,
} from '../testing/fixtures.ts';

const backend = useTestBackend();

const ALL_DAYS = { from: '2000-01-01', to: '2999-12-31' };

async function countStored(orgId: string): Promise<{ sessions: number; attempts: number }> {
  const [counts] = await backend.store.query<{ sessions: number; attempts: number }>(
    `SELECT (SELECT count(*)::int FROM sessions WHERE org_id = $1) AS sessions,
            (SELECT count(*)::int FROM attempts WHERE org_id = $1) AS attempts`,
    [orgId],
  );
  return counts ?? { sessions: -1, attempts: -1 };
}

describe('POST /v1/ingest with sessions and attempts', () => {
  it('stores a batch of attempts and sessions without screen rows, and counts each kind', async () => {
    const first = attemptRow({ user: pseudonym(1), day: '2026-12-01' });
    const second = attemptRow({ user: pseudonym(2), day: '2026-12-02', status: 'abandoned' });
    const sent = attemptBatch([first, second], [sessionRow()]);

    const response = await postIngest(backend.app, NORTHWIND.ingestToken, sent);

    expect(response.status).toBe(202);
    expect(await response.json()).toEqual<IngestReceipt>({
      batchId: sent.batchId,
      accepted: 3,
      stored: { rows: 0, sessions: 1, attempts: 2 },
      duplicate: false,
    });
    expect(await countStored(NORTHWIND.id)).toEqual({ sessions: 1, attempts: 2 });
    expect(await countStored(CONTOSO.id)).toEqual({ sessions: 0, attempts: 0 });
  });

  it('counts screen rows, sessions and attempts of one batch together in accepted', async () => {
    const sent = {
      ...batch([row(), row({ session: '00000000-0000-4000-8000-000000000002' })]),
      sessions: [sessionRow()],
      attempts: [attemptRow()],
    };

    const response = await postIngest(backend.app, NORTHWIND.ingestToken, sent);

    expect(await response.json()).toMatchObject({
      accepted: 4,
      stored: { rows: 2, sessions: 1, attempts: 1 },
    });
  });

  it('adds nothing when the same batch is sent again', async () => {
    const sent = attemptBatch([attemptRow(), attemptRow()], [sessionRow()]);

    await postIngest(backend.app, NORTHWIND.ingestToken, sent);
    const retry = await postIngest(backend.app, NORTHWIND.ingestToken, sent);

    expect(await retry.json()).toEqual<IngestReceipt>({
      batchId: sent.batchId,
      accepted: 0,
      stored: { rows: 0, sessions: 0, attempts: 0 },
      duplicate: true,
    });
    expect(await countStored(NORTHWIND.id)).toEqual({ sessions: 1, attempts: 2 });
  });

  it('stores an attempt and a session day once when another batch brings them again', async () => {
    const resent = attemptRow({ user: pseudonym(1) });
    const fresh = attemptRow({ user: pseudonym(2) });
    await postIngest(backend.app, NORTHWIND.ingestToken, attemptBatch([resent], [sessionRow()]));

    const response = await postIngest(
      backend.app,
      NORTHWIND.ingestToken,
      attemptBatch([resent, fresh], [sessionRow(), sessionRow({ day: '2026-12-02' })]),
    );

    expect(await response.json()).toMatchObject({
      accepted: 2,
      stored: { rows: 0, sessions: 1, attempts: 1 },
      duplicate: false,
    });
    expect(await countStored(NORTHWIND.id)).toEqual({ sessions: 2, attempts: 2 });
  });

  it('stores the same session day twice in one batch once', async () => {
    const response = await postIngest(
      backend.app,
      NORTHWIND.ingestToken,
      attemptBatch([], [sessionRow(), sessionRow()]),
    );

    expect(await response.json()).toMatchObject({ accepted: 1, stored: { sessions: 1 } });
  });

  it('keeps attempt ids apart per organisation', async () => {
    const shared = attemptRow();

    await postIngest(backend.app, NORTHWIND.ingestToken, attemptBatch([shared]));
    await postIngest(backend.app, CONTOSO.ingestToken, attemptBatch([shared]));

    expect(await countStored(CONTOSO.id)).toEqual({ sessions: 0, attempts: 1 });
  });

  it('gives the attempts and sessions back exactly as they were sent', async () => {
    const attempt = attemptRow(
      {
        user: pseudonym(7),
        cohort: { role: 'warehouse', team: 'north-site', tenure: 'new' },
        workaround: true,
        deviations: { skipped: 1, backtrack: 2, detour: 0, loop: 3 },
      },
      [
        {
          step: 'receipt-form',
          visits: 3,
          hesitantVisits: 2,
          durationMs: 42_000,
          signals: { pause: 2, dead_click: 1 },
          errors: [{ kind: 'user_error', button: 'button_validate', fix: 'lot_name', count: 2 }],
          hints: { shown: 1, followed: 1 },
        },
        'validate',
      ],
    );
    const session = sessionRow({ user: null, cohort: { role: null, team: null, tenure: null } });
    await postIngest(backend.app, NORTHWIND.ingestToken, attemptBatch([attempt], [session]));

    expect(await loadAttempts(backend.store, NORTHWIND.id, ALL_DAYS)).toEqual([attempt]);
    expect(await loadSessions(backend.store, NORTHWIND.id, ALL_DAYS)).toEqual([session]);
  });

  it('refuses a step with more hesitant visits than visits, by path, storing nothing', async () => {
    const bad = attemptRow({}, [
      'receipt-form',
      { step: 'validate', visits: 1, hesitantVisits: 2 },
    ]);

    const response = await postIngest(
      backend.app,
      NORTHWIND.ingestToken,
      attemptBatch([bad], [sessionRow()]),
    );

    const body = (await response.json()) as ApiError;
    expect(response.status).toBe(400);
    expect(body.error.code).toBe('invalid_body');
    expect(body.error.issues).toEqual([
      {
        path: 'attempts[0].steps[1].hesitantVisits',
        message: 'hesitantVisits cannot be more than visits',
      },
    ]);
    expect(await countStored(NORTHWIND.id)).toEqual({ sessions: 0, attempts: 0 });
  });

  it('names each bad field of attempt and session rows by its path', async () => {
    const response = await postIngest(backend.app, NORTHWIND.ingestToken, {
      ...attemptBatch(
        [{ ...attemptRow(), attempt: 'not-a-uuid', status: 'won' } as never],
        [sessionRow({ cohort: { role: 'Ana Ferreira', team: null, tenure: null } })],
      ),
    });

    const body = (await response.json()) as ApiError;
    expect(body.error.issues?.map((issue) => issue.path)).toEqual([
      'sessions[0].cohort.role',
      'attempts[0].attempt',
      'attempts[0].status',
    ]);
  });

  it('refuses a batch that carries nothing', async () => {
    const response = await postIngest(backend.app, NORTHWIND.ingestToken, attemptBatch([]));

    const body = (await response.json()) as ApiError;
    expect(body.error.issues).toEqual([
      { path: 'rows', message: 'a batch must carry at least one row, session or attempt' },
    ]);
  });
});
