import { pseudonymOf } from '../../core/identity/pseudonym.ts';
import { isSyncConfigured } from '../config/is-sync-configured.ts';
import type { LoadedConfig } from '../config/load-config.ts';
import type { Config } from '../config/schema.ts';
import { HINT_SNOOZE_MS, type HintStorage } from '../hints/hint-storage.ts';
import { readHintSources } from '../hints/hint-sources.ts';
import { readRecentEvents } from '../hints/recent-events.ts';
import { EXTENSION_PAGE_MESSAGES, messageSchema, type Identity, type Reply } from '../messages.ts';
import type { PathlightDb } from '../store/db.ts';
import { deleteAll } from '../store/delete-all.ts';
import { exportEvents } from '../store/export-events.ts';
import { readOverview } from '../store/read-overview.ts';
import { storeEvent } from '../store/store-event.ts';
import { syncNow } from '../sync/sync-now.ts';

export interface BackgroundContext {
  db: PathlightDb;
  config: () => Promise<LoadedConfig>;
  /** Version string sent with batches and written in exported traces. */
  client: string;
  /** The cached organisation hint pack and the user's snooze. */
  hints: HintStorage;
  /** The clock. Default `Date.now`. */
  now?: () => number;
}

/** Where a message came from: the page URL for content scripts. */
export interface MessageSender {
  url?: string;
}

/**
 * Answers one runtime message. Messages are parsed first: anything malformed is refused with a
 * code and never reaches the store.
 */
export async function handleMessage(
  context: BackgroundContext,
  raw: unknown,
  sender: MessageSender,
): Promise<Reply> {
  const parsed = messageSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    return fail('invalid_message', `message refused${where}: ${issue?.message ?? 'invalid'}`);
  }

  const message = parsed.data;
  if (EXTENSION_PAGE_MESSAGES.has(message.type) && !fromExtensionPage(sender.url)) {
    const who = sender.url ?? 'a sender without a URL';
    return fail('not_allowed', `${message.type} is answered to the extension's pages, not ${who}`);
  }

  switch (message.type) {
    case 'pathlight/capture': {
      const page = await odooPage(context, sender, 'captured events must come from a web page');
      if (!page.ok) return page.refused;
      const { origin, config } = page;

      const user = await userPseudonym(message.identity, config.pseudonymSecret);
      const stored = await storeEvent(context.db, message.event, origin, user, {
        syncing: isSyncConfigured(config),
      });
      // `ok` promises the event is in the store: only a completed write answers it.
      if (!stored.ok) return fail(stored.code, stored.message);
      return { ok: true, value: { session: stored.session } };
    }
    case 'pathlight/signal': {
      const page = await odooPage(context, sender, 'signals must come from a web page');
      if (!page.ok) return page.refused;
      const id = await context.db.signals.add({ ...message.signal, origin: page.origin });
      return { ok: true, value: { id } };
    }
    case 'pathlight/hint-sources': {
      const page = await odooPage(context, sender, 'hint sources are given to Odoo pages only');
      if (!page.ok) return page.refused;
      const now = (context.now ?? Date.now)();
      return {
        ok: true,
        value: await readHintSources(context.db, context.hints, page.config, now),
      };
    }
    case 'pathlight/recent-events': {
      const page = await odooPage(context, sender, 'recent events are given to Odoo pages only');
      if (!page.ok) return page.refused;
      // With hints off nothing on the page needs to know what came before it.
      if (!page.config.hints) return { ok: true, value: [] };
      return {
        ok: true,
        value: await readRecentEvents(context.db, page.origin, message.before),
      };
    }
    case 'pathlight/snooze-hints': {
      const page = await odooPage(context, sender, 'hints are snoozed from Odoo pages only');
      if (!page.ok) return page.refused;
      const snoozedUntil = (context.now ?? Date.now)() + HINT_SNOOZE_MS;
      await context.hints.snoozeUntil(snoozedUntil);
      return { ok: true, value: { snoozedUntil } };
    }
    case 'pathlight/sync-now': {
      const { config } = await context.config();
      return { ok: true, value: await syncNow(context.db, config, context.client) };
    }
    case 'pathlight/status': {
      const loaded = await context.config();
      const { db } = context;
      return {
        ok: true,
        value: {
          events: await db.events.count(),
          sessions: await db.sessions.count(),
          outbox: await db.outbox.count(),
          managed: loaded.managed,
          issues: loaded.issues,
          backendUrl: loaded.config.backendUrl ?? null,
          retentionDays: loaded.config.retentionDays,
          maxStoredEvents: loaded.config.maxStoredEvents,
        },
      };
    }
    case 'pathlight/stored-overview':
      return { ok: true, value: await readOverview(context.db) };
    case 'pathlight/export': {
      const now = (context.now ?? Date.now)();
      const { after } = message;
      return {
        ok: true,
        value: await exportEvents(context.db, { after, client: context.client, now }),
      };
    }
    case 'pathlight/delete-all':
      return { ok: true, value: await deleteAll(context.db) };
  }
}

/**
 * The Odoo page a content script's message came from, with the settings, or the reply refusing
 * it: messages about a page are answered only for web pages on the configured Odoo hosts.
 */
async function odooPage(
  context: BackgroundContext,
  sender: MessageSender,
  withoutPage: string,
): Promise<{ ok: true; origin: string; config: Config } | { ok: false; refused: Reply }> {
  const origin = originOf(sender.url);
  if (!origin) return { ok: false, refused: fail('unknown_sender', withoutPage) };
  const { config } = await context.config();
  if (!hostAllowed(origin, config.odooHosts)) {
    const host = new URL(origin).hostname;
    return {
      ok: false,
      refused: fail('host_not_allowed', `${host} is not a configured Odoo host`),
    };
  }
  return { ok: true, origin, config };
}

function fail(code: string, message: string): Reply {
  return { ok: false, error: { code, message } };
}

/** Extension pages have URLs such as `chrome-extension://<id>/options.html`. */
function fromExtensionPage(url: string | undefined): boolean {
  if (!url || !URL.canParse(url)) return false;
  return new URL(url).protocol.endsWith('-extension:');
}

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const { origin, protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? origin : null;
  } catch {
    return null;
  }
}

function hostAllowed(origin: string, odooHosts: readonly string[]): boolean {
  if (odooHosts.length === 0) return true;
  const { hostname, host } = new URL(origin);
  return odooHosts.includes(hostname) || odooHosts.includes(host);
}

async function userPseudonym(
  identity: Identity | null,
  secret: string | undefined,
): Promise<string | null> {
  // Without the organisation's secret nobody is identified, not even by pseudonym.
  if (!identity || !secret) return null;
  return pseudonymOf(secret, identity.database, identity.uid);
}
