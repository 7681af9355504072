import type { Handler } from 'hono';
import { z } from 'zod';

import { currentWeek, loadReview } from '../analysis-data/index.ts';
import type { AppEnv } from '../http/app-env.ts';
import { parseQuery } from '../http/parse-query.ts';
import { weekParam } from '../http/query-params.ts';
import type { Store } from '../store/index.ts';
import { badLink } from './bad-link.tsx';
import { htmlResponse } from './html-response.ts';
import { linkTo, orgPath } from './links.ts';
import { orgPageAccess } from './page-access.tsx';
import { ReviewPage } from './review-page.tsx';

const reviewPageQuery = z.object({ week: weekParam.optional() });

/** `GET /orgs/:org/review?token=&week=`: the weekly review page. */
export function reviewPageRoute(store: Store, now: () => number): Handler<AppEnv> {
  return async (c) => {
    const access = await orgPageAccess(c, store);
    if (!access.ok) return access.response;
    const { org, token } = access;

    const parsed = parseQuery(c, reviewPageQuery, { strict: false });
    if (!parsed.ok) return badLink(c, parsed, linkTo(orgPath(org.id), token), org.name);
    const { review } = await loadReview(store, org, parsed.query.week ?? currentWeek(now()));
    return htmlResponse(c, <ReviewPage review={review} orgId={org.id} token={token} />);
  };
}
