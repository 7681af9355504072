import { describe, expect, it, vi } from 'vitest';

import { pseudonymOf } from '../../core/identity/pseudonym.ts';
import type { LoadedConfig } from '../config/load-config.ts';
import { configSchema } from '../config/schema.ts';
import { parseTrace } from '../../core/trace/index.ts';
import { SYNC_SENT } from '../../core/events/schema.ts';
import { buildHintPack } from '../../core/hints/build-pack.ts';
import type { AttemptRow } from '../../core/sync/schema.ts';
import { attemptRow, pseudonym } from '../../core/testing/attempt-rows.ts';
import { createHintStorage } from '../hints/hint-storage.ts';
import { memoryArea } from '../hints/test-storage.ts';
import type { HintSources } from '../hints/types.ts';
import type { LocalAttempt } from '../store/db.ts';
import { openTestDb, validateClick } from '../store/test-db.ts';
import { handleMessage, type BackgroundContext } from './handle-message.ts';

const SECRET = 'a-secret-of-the-organisation';
const PAGE = { url: 'https://odoo.example.com/odoo/receipts/9' };
const NOW = Date.UTC(2026, 11, 4);
const OPTIONS_PAGE = { url: 'chrome-extension://gdabelkcpgdhokghgnmbjhbfocndkokl/options.html' };

function context(settings: Record<string, unknown> = {}): BackgroundContext {
  const loaded: LoadedConfig = {
    config: configSchema.parse({ pseudonymSecret: SECRET, ...settings }),
    issues: [],
    managed: false,
  };
  return {
    db: openTestDb(),
    config: async () => loaded,
    hints: createHintStorage(memoryArea()),
    client: 'test',
    now: () => NOW,
  };
}

describe('handleMessage', () => {
  it('stores a captured event under the pseudonym of the Odoo user', async () => {
    const ctx = context();

    const reply = await handleMessage(
      ctx,
      {
        type: 'pathlight/capture',
        event: validateClick(1000),
        identity: { database: 'prod', uid: 7 },
      },
      PAGE,
    );

    expect(reply.ok).toBe(true);
    const [session] = await ctx.db.sessions.toArray();
    expect(session!.user).toBe(await pseudonymOf(SECRET, 'prod', 7));
    expect(session!.origin).toBe('https://odoo.example.com');
    expect(await ctx.db.events.count()).toBe(1);
  });

  it('refuses a malformed event with a code and stores nothing', async () => {
    const ctx = context();
    const event = { ...validateClick(1000), target: { role: 'primary_action', label: 'a\nb' } };

    const reply = await handleMessage(
      ctx,
      { type: 'pathlight/capture', event, identity: null },
      PAGE,
    );

    expect(reply).toEqual({
      ok: false,
      error: { code: 'invalid_message', message: expect.stringContaining('event.target.label') },
    });
    expect(await ctx.db.events.count()).toBe(0);
  });

  it('refuses events from a host outside the configured Odoo hosts', async () => {
    const ctx = context({ odooHosts: ['erp.example.com'] });

    const reply = await handleMessage(
      ctx,
      { type: 'pathlight/capture', event: validateClick(1000), identity: null },
      PAGE,
    );

    expect(reply).toMatchObject({ ok: false, error: { code: 'host_not_allowed' } });
    expect(await ctx.db.events.count()).toBe(0);
  });

  it('does not identify users when no pseudonym secret is set', async () => {
    const ctx = context({ pseudonymSecret: undefined });

    await handleMessage(
      ctx,
      {
        type: 'pathlight/capture',
        event: validateClick(1000),
        identity: { database: 'prod', uid: 7 },
      },
      PAGE,
    );

    const [session] = await ctx.db.sessions.toArray();
    expect(session!.user).toBeNull();
  });

  it('reports what is missing when asked to sync without a backend', async () => {
    const reply = await handleMessage(context(), { type: 'pathlight/sync-now' }, {});

    expect(reply).toEqual({
      ok: true,
      value: { status: 'not_configured', missing: ['backendUrl', 'ingestToken'], attempts: 0 },
    });
  });

  it('answers store_full, not ok, when the event could not be stored', async () => {
    const ctx = context();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(ctx.db.events, 'add').mockRejectedValue(
      new DOMException('Quota exceeded.', 'QuotaExceededError'),
    );

    const reply = await handleMessage(
      ctx,
      { type: 'pathlight/capture', event: validateClick(1000), identity: null },
      PAGE,
    );

    expect(reply).toMatchObject({ ok: false, error: { code: 'store_full' } });
    vi.restoreAllMocks();
  });

  it('exports the store as a trace to the options page, then deletes everything', async () => {
    const ctx = context();
    const capture = { type: 'pathlight/capture', event: validateClick(1000), identity: null };
    await handleMessage(ctx, capture, PAGE);
    await handleMessage(ctx, capture, PAGE);

    const exported = await handleMessage(
      ctx,
      { type: 'pathlight/export', after: null },
      OPTIONS_PAGE,
    );
    const overview = await handleMessage(ctx, { type: 'pathlight/stored-overview' }, OPTIONS_PAGE);
    const deleted = await handleMessage(
      ctx,
      { type: 'pathlight/delete-all', confirm: true },
      OPTIONS_PAGE,
    );

    expect(exported).toMatchObject({ ok: true, value: { events: 2, next: null } });
    const text = (exported as { value: { text: string } }).value.text;
    expect(parseTrace(text)).toMatchObject({
      ok: true,
      header: { client: 'test', exportedAt: '2026-12-04T00:00:00.000Z' },
    });
    expect(overview).toMatchObject({ ok: true, value: { events: 2, sessions: 1 } });
    expect(deleted).toEqual({
      ok: true,
      value: { events: 2, sessions: 1, outbox: 0, attempts: 0 },
    });
    expect(await ctx.db.events.count()).toBe(0);
  });

  it('refuses to export or delete for a web page', async () => {
    const ctx = context();
    await handleMessage(
      ctx,
      { type: 'pathlight/capture', event: validateClick(1000), identity: null },
      PAGE,
    );

    const exported = await handleMessage(ctx, { type: 'pathlight/export', after: null }, PAGE);
    const deleted = await handleMessage(ctx, { type: 'pathlight/delete-all', confirm: true }, {});

    expect(exported).toMatchObject({ ok: false, error: { code: 'not_allowed' } });
    expect(deleted).toMatchObject({ ok: false, error: { code: 'not_allowed' } });
    expect(await ctx.db.events.count()).toBe(1);
  });

  it('deletes nothing without the confirmation', async () => {
    const reply = await handleMessage(context(), { type: 'pathlight/delete-all' }, OPTIONS_PAGE);

    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'invalid_message', message: expect.stringContaining('at confirm') },
    });
  });

  it("gives an Odoo page the hint sources: the user's own pack from completed attempts, the cached one", async () => {
    const ctx = context();
    const orgPack = buildHintPack(
      [1, 2, 3].map((n) => attemptRow({ user: pseudonym(n) })),
      {
        minUsers: 3,
        now: NOW,
      },
    );
    await ctx.hints.writePack(orgPack, NOW - 60_000);
    await ctx.db.attempts.bulkAdd([
      localAttempt(attemptRow({}, ['receipt-form', 'validate', 'done'])),
      localAttempt(attemptRow({ status: 'abandoned' }, ['receipt-form', 'quantities'])),
    ]);

    const reply = await handleMessage(ctx, { type: 'pathlight/hint-sources' }, PAGE);

    expect(reply).toMatchObject({ ok: true, value: { enabled: true, snoozedUntil: null } });
    const value = (reply as { value: HintSources }).value;
    expect(value.pack).toEqual(orgPack);
    expect(value.local?.minUsers).toBe(1);
    expect(value.local?.paths[0]?.steps.find((step) => step.step === 'receipt-form')).toEqual({
      step: 'receipt-form',
      completed: 1,
      users: 1,
      next: [{ step: 'validate', then: 'done', attempts: 1, users: 1 }],
      fixes: [],
    });
  });

  it('answers hints off, without packs, when IT turned them off', async () => {
    const ctx = context({ hints: false });
    await ctx.db.attempts.add(localAttempt(attemptRow()));

    const reply = await handleMessage(ctx, { type: 'pathlight/hint-sources' }, PAGE);

    expect(reply).toEqual({
      ok: true,
      value: { enabled: false, snoozedUntil: null, local: null, pack: null },
    });
  });

  it('snoozes hints for a day, and says so in the sources until then', async () => {
    const ctx = context();

    const snoozed = await handleMessage(ctx, { type: 'pathlight/snooze-hints' }, PAGE);
    const sources = await handleMessage(ctx, { type: 'pathlight/hint-sources' }, PAGE);

    expect(snoozed).toEqual({ ok: true, value: { snoozedUntil: NOW + 86_400_000 } });
    expect(sources).toEqual({
      ok: true,
      value: { enabled: true, snoozedUntil: NOW + 86_400_000, local: null, pack: null },
    });
  });

  it('gives hint sources to configured Odoo hosts only', async () => {
    const ctx = context({ odooHosts: ['erp.example.com'] });

    const sources = await handleMessage(ctx, { type: 'pathlight/hint-sources' }, PAGE);
    const snooze = await handleMessage(ctx, { type: 'pathlight/snooze-hints' }, {});

    expect(sources).toMatchObject({ ok: false, error: { code: 'host_not_allowed' } });
    expect(snooze).toMatchObject({ ok: false, error: { code: 'unknown_sender' } });
    expect(await ctx.hints.readSnoozedUntil()).toBeNull();
  });

  it("gives a page its origin's events from before it loaded, without the store's fields", async () => {
    const ctx = context();
    const capture = (t: number) => ({
      type: 'pathlight/capture',
      event: validateClick(t),
      identity: null,
    });
    await handleMessage(ctx, capture(NOW - 60_000), PAGE);
    await handleMessage(ctx, capture(NOW - 30_000), PAGE);
    await handleMessage(ctx, capture(NOW - 1000), PAGE);
    await handleMessage(ctx, capture(NOW - 20_000), { url: 'https://other.example.com/odoo' });

    const reply = await handleMessage(
      ctx,
      { type: 'pathlight/recent-events', before: NOW - 5000 },
      PAGE,
    );

    expect(reply).toEqual({
      ok: true,
      value: [validateClick(NOW - 60_000), validateClick(NOW - 30_000)],
    });
  });
});

function localAttempt(row: AttemptRow): LocalAttempt {
  return { key: row.attempt, row, startedAt: NOW - 3_600_000, sync: SYNC_SENT };
}
