import type { Context } from 'hono';

import { htmlResponse } from './html-response.ts';
import { MessagePage } from './message-page.tsx';

/** What a browser gets for an address that does not exist. */
export function notFoundPage(c: Context): Response {
  return htmlResponse(
    c,
    <MessagePage title="Page not found">
      <p>There is nothing at this address. Check the link you were given.</p>
    </MessagePage>,
    404,
  );
}

/** What a browser gets when our code failed; `message` must not carry internals. */
export function internalErrorPage(c: Context, message: string): Response {
  return htmlResponse(
    c,
    <MessagePage title="Something went wrong">
      <p>{message}</p>
    </MessagePage>,
    500,
  );
}
