import { describe, expect, it } from 'vitest';

import { pseudonymOf } from '../../core/identity/pseudonym.ts';
import type { LoadedConfig } from '../config/load-config.ts';
import { configSchema } from '../config/schema.ts';
import { openTestDb, validateClick } from '../store/test-db.ts';
import { handleMessage, type BackgroundContext } from './handle-message.ts';

const SECRET = 'a-secret-of-the-organisation';
const PAGE = { url: 'https://odoo.example.com/odoo/receipts/9' };

function context(settings: Record<string, unknown> = {}): BackgroundContext {
  const loaded: LoadedConfig = {
    config: configSchema.parse({ pseudonymSecret: SECRET, ...settings }),
    issues: [],
    managed: false,
  };
  return { db: openTestDb(), config: async () => loaded, client: 'test' };
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
      value: { status: 'not_configured', missing: ['backendUrl', 'ingestToken'] },
    });
  });
});
