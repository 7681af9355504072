import type { Context } from 'hono';

import { bearerToken } from '../http/bearer-token.ts';
import { checkReadAccess, checkReader } from '../http/check-access.ts';
import type { Organisation, Reader } from '../organisations/index.ts';
import type { Store } from '../store/index.ts';
import { htmlResponse } from './html-response.ts';
import { AccessDeniedPage } from './message-page.tsx';

const REFUSAL_TEXT = {
  missing_token: 'The link has no token.',
  invalid_token: 'The token in the link is not valid, or it has been replaced.',
  wrong_org: 'The token in the link may not read this organisation.',
  unknown_org: 'There is no organisation with the name in the link.',
} as const;

/** A page request let through: who it is for, and the token its links must carry on. */
export type PageAccess<T> = { ok: true; token: string } & T;

/**
 * Checks the read token of a page about organisation `:org`; answers the page that says why
 * when it may not read it. The token comes back for the page's links.
 */
export async function orgPageAccess(
  c: Context,
  store: Store,
): Promise<PageAccess<{ org: Organisation }> | { ok: false; response: Response }> {
  const token = bearerToken(c, { allowQuery: true });
  const access = await checkReadAccess(store, token, c.req.param('org') ?? '');
  if (!access.ok) return refused(c, access.code, access.status);

  c.set('orgId', access.org.id);
  return { ok: true, token: token!, org: access.org };
}

/** Checks the read token of a page about every organisation the token may read. */
export async function readerPageAccess(
  c: Context,
  store: Store,
): Promise<PageAccess<{ reader: Reader }> | { ok: false; response: Response }> {
  const token = bearerToken(c, { allowQuery: true });
  const access = await checkReader(store, token);
  if (!access.ok) return refused(c, access.code, access.status);
  return { ok: true, token: token!, reader: access.reader };
}

function refused(
  c: Context,
  code: keyof typeof REFUSAL_TEXT,
  status: 401 | 403 | 404,
): { ok: false; response: Response } {
  return {
    ok: false,
    response: htmlResponse(c, <AccessDeniedPage reason={REFUSAL_TEXT[code]} />, status),
  };
}
