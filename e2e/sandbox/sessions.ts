import { randomBytes } from 'node:crypto';

import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

/** Which web client a session last loaded: the 17 one at `/web` or the 18 one at `/odoo`. */
export type Variant = 17 | 18;

export interface Session {
  uid: number;
  variant: Variant;
}

/** Odoo's own cookie name, so tests and the extension see what they would see on Odoo. */
export const SESSION_COOKIE = 'session_id';

/** Logged-in sessions by cookie value. They survive `reset()`: only the records are reset. */
export class Sessions {
  private readonly byId = new Map<string, Session>();

  open(c: Context, uid: number, variant: Variant): void {
    const id = randomBytes(20).toString('hex');
    this.byId.set(id, { uid, variant });
    setCookie(c, SESSION_COOKIE, id, { path: '/', httpOnly: true, sameSite: 'Lax' });
  }

  close(c: Context): void {
    const id = getCookie(c, SESSION_COOKIE);
    if (id) this.byId.delete(id);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
  }

  /** The session of the request's cookie, if it is logged in. */
  get(c: Context): Session | undefined {
    const id = getCookie(c, SESSION_COOKIE);
    return id ? this.byId.get(id) : undefined;
  }
}

/** `17` or `18` from a query or form value; anything else gives the default, 18. */
export function parseVariant(value: unknown): Variant {
  return String(value) === '17' ? 17 : 18;
}

/** Where a variant lands after login: Discuss, as on a fresh Community database. */
export function landingUrl(variant: Variant): string {
  return variant === 17 ? '/web' : '/odoo/discuss';
}

/** Only same-origin paths are followed after login, so the redirect cannot leave the sandbox. */
export function safeRedirect(next: unknown, variant: Variant): string {
  if (typeof next === 'string' && next.startsWith('/') && !next.startsWith('//')) return next;
  return landingUrl(variant);
}
