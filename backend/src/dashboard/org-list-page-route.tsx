import type { Handler } from 'hono';

import { currentWeek, loadReview } from '../analysis-data/index.ts';
import type { AppEnv } from '../http/app-env.ts';
import type { Store } from '../store/index.ts';
import { htmlResponse } from './html-response.ts';
import { OrgListPage, type OrgLine } from './org-list-page.tsx';
import { readerPageAccess } from './page-access.tsx';
import { dataDays } from './week-options.ts';

/** `GET /orgs?token=`: the organisations a token may read, each with this week at a glance. */
export function orgListPageRoute(store: Store, now: () => number): Handler<AppEnv> {
  return async (c) => {
    const access = await readerPageAccess(c, store);
    if (!access.ok) return access.response;
    const week = currentWeek(now());

    const lines: OrgLine[] = [];
    for (const org of access.reader.organisations) {
      const { review, data } = await loadReview(store, org, week);
      lines.push({ org, review, lastDay: dataDays(data.input).last });
    }
    const holder =
      access.reader.kind === 'partner' ? access.reader.partner.name : access.reader.org.name;
    return htmlResponse(
      c,
      <OrgListPage holder={holder} week={week} lines={lines} token={access.token} />,
    );
  };
}
