import type { Identity } from '../messages.ts';

/**
 * Asks the Odoo server who is logged in, as Odoo's own web client does. Pathlight never reads the
 * inline session-info script (it holds user data); this answer's database name and user id are
 * only passed to the background, which turns them into a pseudonym, and are never stored.
 */
export async function fetchIdentity(origin: string): Promise<Identity | null> {
  try {
    const response = await fetch(new URL('/web/session/get_session_info', origin), {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', method: 'call', params: {}, id: 1 }),
    });
    if (!response.ok) return null;

    const payload = (await response.json()) as { result?: { uid?: unknown; db?: unknown } };
    const { uid, db } = payload.result ?? {};
    if (typeof uid !== 'number' || typeof db !== 'string') return null;
    return { database: db, uid };
  } catch {
    return null;
  }
}
