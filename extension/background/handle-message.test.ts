import { describe, expect, it, vi } from 'vitest';

import { pseudonymOf } from '../../core/identity/pseudonym.ts';
import type { LoadedConfig } from '../config/load-config.ts';
import { configSchema } from '../config/schema.ts';
import { parseTrace } from '../../core/trace/index.ts';
import { openTestDb, validateClick } from '../store/test-db.ts';
import { handleMessage, type BackgroundContext } from './handle-message.ts';

const SECRET = 'a-secret-of-the-organisation';
const PAGE = { url: 'https://odoo.example.com/odoo/receipts/9' };
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
    client: 'test',
    now: () => Date.UTC(2026, 11, 4),
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
});
