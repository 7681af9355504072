import { Hono } from 'hono';
import { z } from 'zod';

import { renderReviewHtml, renderReviewMarkdown } from '../../../core/analysis/index.ts';
import { currentWeek, loadReview } from '../analysis-data/index.ts';
import { apiError } from '../http/api-error.ts';
import type { AppEnv } from '../http/app-env.ts';
import { parseQuery } from '../http/parse-query.ts';
import { formatParam, weekParam } from '../http/query-params.ts';
import { readableOrg, requireReadAccess } from '../http/require-read-access.ts';
import type { Store } from '../store/index.ts';

const reviewQuery = z.object({ week: weekParam.optional(), format: formatParam.optional() });

/**
 * `GET /v1/orgs/:org/review`: the weekly review as JSON, or rendered as Markdown or as a
 * standalone HTML page for the call. The week defaults to the current one by `now`.
 */
export function reviewRoutes(store: Store, now: () => number): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/v1/orgs/:org/review', requireReadAccess(store), async (c) => {
    const parsed = parseQuery(c, reviewQuery);
    if (!parsed.ok) return apiError(c, parsed.code, parsed.message);
    const week = parsed.query.week ?? currentWeek(now());

    const { review } = await loadReview(store, readableOrg(c), week);

    switch (parsed.query.format ?? 'json') {
      case 'json':
        return c.json(review);
      case 'markdown':
        return c.body(renderReviewMarkdown(review), 200, {
          'Content-Type': 'text/markdown; charset=utf-8',
        });
      case 'html':
        // The page is the organisation's data like the dashboard: it gets the same guards.
        c.header('Referrer-Policy', 'no-referrer');
        c.header('X-Content-Type-Options', 'nosniff');
        c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
        return c.html(renderReviewHtml(review));
    }
  });

  return app;
}
