import type { PAGE_STATES } from '../../core/events/schema.ts';
import type { Screen } from '../../core/screen/types.ts';
import type { CaptureContext } from './types.ts';
import type { DomWatch } from './watch-dom.ts';

type PageState = (typeof PAGE_STATES)[number];

/**
 * A hidden tab or a blurred window is reported once it has lasted this long, with the time it
 * began: a glance at another tab, a download bubble or a dialog of the browser is not time away,
 * and the pauses this serves to explain are far longer.
 */
export const AWAY_MIN_MS = 2000;

/**
 * Emits `page` events for what makes a pause not the user's: Odoo's loading indicator
 * (`.o_loading_indicator`, shown after an RPC has been pending 250 ms) and its block UI (any
 * `.o_blockUI`: 18's `o_blockUI_invisible` blocks clicks just the same), the tab being hidden or
 * shown, and the window losing or getting focus (REFERENCE §2.13). Returns a disposer.
 */
export function watchPageState(ctx: CaptureContext, dom: DomWatch): () => void {
  const { doc, emit } = ctx;
  const win = doc.defaultView;
  const controller = new AbortController();
  const { signal } = controller;
  const page = (state: PageState) => emit({ type: 'page', state });

  const indicators = doc.getElementsByClassName('o_loading_indicator');
  const blockers = doc.getElementsByClassName('o_blockUI');
  let loading = false;
  let blocked = false;
  const check = () => {
    if (loading !== indicators.length > 0) {
      loading = !loading;
      page(loading ? 'loading' : 'loaded');
    }
    if (blocked !== blockers.length > 0) {
      blocked = !blocked;
      page(blocked ? 'blocked' : 'unblocked');
    }
  };
  const stopCheck = dom.onCheck(check);
  check();

  const tab = away(ctx, 'hidden', 'visible');
  const focus = away(ctx, 'blur', 'focus');
  doc.addEventListener('visibilitychange', () => (doc.hidden ? tab.leave() : tab.back()), {
    signal,
  });
  // Not in the capture phase: focus and blur of elements inside the page do not reach the window
  // then, only its own do.
  win?.addEventListener('focus', (event) => event.target === win && focus.back(), { signal });
  win?.addEventListener(
    'blur',
    (event) => {
      // Focus moving into a frame of the page (an HTML editor, a PDF preview) is not leaving it.
      if (event.target !== win || doc.activeElement?.matches('iframe, frame')) return;
      focus.leave();
    },
    { signal },
  );

  return () => {
    controller.abort();
    stopCheck();
    tab.dispose();
    focus.dispose();
  };
}

/** One kind of absence, reported once it lasted `AWAY_MIN_MS`, and its end if it was reported. */
function away(ctx: CaptureContext, gone: PageState, returned: PageState) {
  let began: { t: number; screen: Screen } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let reported = false;

  const report = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (!began || reported) return;
    reported = true;
    ctx.emit({ type: 'page', state: gone }, began);
  };

  return {
    leave() {
      if (began) return;
      began = { t: ctx.now(), screen: ctx.screen() };
      timer = setTimeout(report, AWAY_MIN_MS);
    },
    back() {
      if (!began) return;
      // Hidden tabs run timers late (at most once a second): the absence may be long enough
      // although its timer has not fired yet.
      if (!reported && ctx.now() - began.t >= AWAY_MIN_MS) report();
      if (timer) clearTimeout(timer);
      timer = null;
      began = null;
      if (!reported) return;
      reported = false;
      ctx.emit({ type: 'page', state: returned });
    },
    dispose() {
      if (timer) clearTimeout(timer);
    },
  };
}
