import type { Context } from 'hono';

import { bearerToken } from '../http/bearer-token.ts';
import { checkReadAccess, checkReader, type AccessRefusal } from '../http/check-access.ts';
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
  if (!access.ok) return refused(c, access);

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
  if (!access.ok) return refused(c, access);
  return { ok: true, token: token!, reader: access.reader };
}

function refused(c: Context, refusal: AccessRefusal): { ok: false; response: Response } {
  // A token of another kind says which it is: an ingest token pasted into a link is a common
  // slip, and "not valid" would send its holder looking for a replaced token.
  const reason =
    refusal.code === 'invalid_token' && refusal.why?.startsWith('It is the ingest token')
      ? "The token in the link is an organisation's ingest token, which its extensions send " +
        'data with; pages need a read token.'
      : REFUSAL_TEXT[refusal.code];
  return {
    ok: false,
    response: htmlResponse(c, <AccessDeniedPage reason={reason} />, refusal.status),
  };
}
