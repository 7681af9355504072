import { pseudonymOf } from '../../core/identity/pseudonym.ts';
import type { LoadedConfig } from '../config/load-config.ts';
import { messageSchema, type Identity, type Reply } from '../messages.ts';
import type { PathlightDb } from '../store/db.ts';
import { recordEvent } from '../store/record-event.ts';
import { syncNow } from '../sync/sync-now.ts';

export interface BackgroundContext {
  db: PathlightDb;
  config: () => Promise<LoadedConfig>;
  /** Version string sent with batches. */
  client: string;
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
  switch (message.type) {
    case 'pathlight/capture': {
      const origin = originOf(sender.url);
      if (!origin) return fail('unknown_sender', 'captured events must come from a web page');

      const { config } = await context.config();
      if (!hostAllowed(origin, config.odooHosts)) {
        return fail(
          'host_not_allowed',
          `${new URL(origin).hostname} is not a configured Odoo host`,
        );
      }

      const user = await userPseudonym(message.identity, config.pseudonymSecret);
      const session = await recordEvent(context.db, message.event, origin, user);
      return { ok: true, value: { session } };
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
        },
      };
    }
  }
}

function fail(code: string, message: string): Reply {
  return { ok: false, error: { code, message } };
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
