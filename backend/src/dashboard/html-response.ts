import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

/**
 * Renders a page and sends it with headers that keep a dashboard link's token where it is:
 * no referrer leaves the page, nothing is cached, and no script or outside resource may load.
 */
export function htmlResponse(c: Context, page: VNode, status: ContentfulStatusCode = 200) {
  c.header('Cache-Control', 'no-store');
  c.header('Referrer-Policy', 'no-referrer');
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
  return c.html(`<!doctype html>${renderToString(page)}`, status);
}
