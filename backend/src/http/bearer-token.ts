import type { Context } from 'hono';

/**
 * The token a request presents: `Authorization: Bearer <token>`, or with `allowQuery` the
 * `token` query parameter, which dashboard links use because a browser cannot set headers on a
 * link. The header wins when both are present.
 */
export function bearerToken(c: Context, options: { allowQuery: boolean }): string | null {
  const header = c.req.header('authorization');
  const match = header?.match(/^Bearer\s+(\S+)\s*$/i);
  if (match?.[1]) return match[1];

  if (!options.allowQuery) return null;
  const query = c.req.query('token');
  return query ? query : null;
}

/**
 * The message of a token refusal, with what was wrong in the Authorization header when one was
 * sent without a usable bearer token: a client sending `Basic` learns why it counts as none.
 */
export function refusalMessage(c: Context, refusal: { code: string; message: string }): string {
  if (refusal.code !== 'missing_token') return refusal.message;
  const header = c.req.header('authorization')?.trim();
  if (!header) return refusal.message;
  const scheme = header.split(/\s+/)[0] ?? '';
  const problem = /^Bearer$/i.test(scheme)
    ? 'The Authorization header says Bearer but carries no token.'
    : `The Authorization header uses the "${scheme}" scheme, which is not accepted.`;
  return `${problem} ${refusal.message}`;
}
