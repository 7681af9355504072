import type { Context } from 'hono';

import type { QueryRefusal } from '../http/parse-query.ts';
import { htmlResponse } from './html-response.ts';
import { BadLinkPage } from './message-page.tsx';

/** The 400 page of a link with a bad value: which value and why, and a way back to `home`. */
export function badLink(c: Context, refusal: QueryRefusal, home: string, orgName: string) {
  return htmlResponse(
    c,
    <BadLinkPage message={refusal.message} back={{ label: `Back to ${orgName}`, href: home }} />,
    400,
  );
}
