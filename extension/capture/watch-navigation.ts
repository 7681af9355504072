import type { Screen } from '../../core/screen/types.ts';
import { breadcrumbLevels } from './breadcrumb-levels.ts';
import { navigationKind, type NavigationCause, type NavigationKind } from './navigation-kind.ts';
import { createSignal } from './signal.ts';
import type { CaptureContext, ClickInfo, Subscribe } from './types.ts';
import type { DomWatch } from './watch-dom.ts';
import { watchUrl } from './watch-url.ts';

/**
 * A URL change is caused by the last click when that click came at most this long before: Odoo
 * changes the URL once the new view is rendered, after its server calls, which take seconds on
 * a slow server.
 */
export const NAVIGATION_CLICK_MS = 10_000;

/**
 * The screen after a navigation is read once the DOM has been still this long: popstate fires
 * before Odoo renders, and the first render of a page comes after the content script starts.
 */
export const SETTLE_QUIET_MS = 100;

/** ... and at the latest this long after the URL changed, however busy the page still is. */
export const SETTLE_MAX_MS = 3000;

/** How often a pending navigation looks whether the page has settled: a frame or three. */
export const SETTLE_POLL_MS = 50;

/** A navigation as the `navigate` event states it, with what caused it. */
export interface NavigationInfo {
  /** When the URL changed (or capture started, for `load`). */
  t: number;
  cause: NavigationCause;
  kind: NavigationKind;
  levels: number | null;
  /** The click the navigation is attributed to. */
  click: ClickInfo | null;
  /** The screen once the page settled. */
  screen: Screen;
}

export interface NavigationWatch {
  /** Navigations, published right after their `navigate` event. */
  navigations: Subscribe<NavigationInfo>;
  dispose(): void;
}

/**
 * Emits `navigate` events: `load` when capture starts, then one per URL change, with the kind of
 * move read from the click that caused it (see navigation-kind.ts) or `browser_back` for
 * back/forward, and the breadcrumb levels gone back. Each is stamped with the time the URL
 * changed and the screen once the page settled.
 */
export function watchNavigation(
  ctx: CaptureContext,
  dom: DomWatch,
  lastClick: () => ClickInfo | null,
): NavigationWatch {
  const { doc, now, emit } = ctx;
  const signal = createSignal<NavigationInfo>();
  let pending: { t: number; cause: NavigationCause; click: ClickInfo | null } | null = null;
  let poll: ReturnType<typeof setInterval> | null = null;
  let levels = 0;
  let attributed: ClickInfo | null = null;

  const finish = () => {
    if (poll) clearInterval(poll);
    poll = null;
    const done = pending;
    pending = null;
    if (!done) return;

    const screen = ctx.screen();
    const before = levels;
    levels = breadcrumbLevels(doc);
    const { kind, levels: back } = navigationKind(
      done.cause,
      done.click?.target ?? null,
      before - levels,
    );
    emit({ type: 'navigate', cause: done.cause, kind, levels: back }, { t: done.t, screen });
    signal.publish({ ...done, kind, levels: back, screen });
  };

  const settled = (since: number) => {
    const elapsed = now() - since;
    if (elapsed >= SETTLE_MAX_MS) return true;
    const busy = doc.getElementsByClassName('o_loading_indicator').length > 0;
    return elapsed >= SETTLE_QUIET_MS && dom.quietForMs() >= SETTLE_QUIET_MS && !busy;
  };

  const start = (cause: NavigationCause) => {
    // A second change before the first settled: the first is reported as things are now.
    finish();
    const t = now();
    const click = cause === 'load' || cause === 'pop' ? null : causingClick(t);
    pending = { t, cause, click };
    poll = setInterval(() => {
      if (pending && settled(pending.t)) finish();
    }, SETTLE_POLL_MS);
  };

  /** The last click, if recent and not already the cause of an earlier navigation. */
  const causingClick = (t: number) => {
    const click = lastClick();
    if (!click || click === attributed || t - click.t > NAVIGATION_CLICK_MS) return null;
    attributed = click;
    return click;
  };

  start('load');
  const stopUrl = watchUrl(start);

  return {
    navigations: signal.subscribe,
    dispose() {
      stopUrl();
      if (poll) clearInterval(poll);
    },
  };
}
