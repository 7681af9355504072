import type { NavigationCause } from './navigation-kind.ts';

/** Fallback polling period for browsers without the Navigation API. */
export const URL_POLL_MS = 250;

interface NavigationLike extends EventTarget {
  activation?: { navigationType?: string };
}

/**
 * Calls `onChange` whenever the page's URL changes. Odoo navigates with `history.pushState`,
 * which fires no event a content script can hear (`hashchange` never fires, and patching
 * `history` in the isolated world does not see the page's calls). The Navigation API's
 * `currententrychange` does, where it exists; `popstate` covers back/forward; a cheap
 * comparison of `location.href` on a timer covers everything else. Returns a disposer.
 */
export function watchUrl(onChange: (cause: NavigationCause) => void): () => void {
  let last = location.href;
  const controller = new AbortController();
  const { signal } = controller;

  const check = (cause: NavigationCause) => {
    if (location.href === last) return;
    last = location.href;
    onChange(cause);
  };

  addEventListener('popstate', () => check('pop'), { signal });

  const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
  navigation?.addEventListener(
    'currententrychange',
    (event) => {
      const type = (event as Event & { navigationType?: string }).navigationType;
      check(type === 'replace' ? 'replace' : type === 'traverse' ? 'pop' : 'push');
    },
    { signal },
  );

  const timer = setInterval(() => check('push'), URL_POLL_MS);
  return () => {
    controller.abort();
    clearInterval(timer);
  };
}
