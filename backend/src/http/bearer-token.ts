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
