import { isOwnUi } from './own-ui.ts';
import type { CaptureContext, ClickInfo, Subscribe } from './types.ts';
import type { DomWatch } from './watch-dom.ts';

/**
 * How long a click is watched for an answer. Odoo shows its loading indicator once a call has
 * been pending 250 ms, and renders a dialog, a notification or a new view within a second on a
 * working server: 1.5 s without any of them means the click did nothing the user could see.
 */
export const EFFECT_WINDOW_MS = 1500;

/**
 * Emits a `no_effect` event for each enabled click that nothing answered within
 * `EFFECT_WINDOW_MS`: no DOM change, navigation, request, focus moving elsewhere, download, file
 * chooser or popup. While capture has stopped reading the DOM (a storm) nothing is known, so no
 * event is written. Returns a disposer.
 */
export function watchEffects(
  ctx: CaptureContext,
  dom: DomWatch,
  clicks: Subscribe<ClickInfo>,
): () => void {
  const { doc, emit } = ctx;
  const win = doc.defaultView;
  const controller = new AbortController();
  const listen = { capture: true, signal: controller.signal };
  const pending = new Set<Watch>();

  interface Watch {
    click: ClickInfo;
    href: string;
    timer: ReturnType<typeof setTimeout>;
  }

  const answered = () => {
    for (const watch of pending) clearTimeout(watch.timer);
    pending.clear();
  };

  const finish = (watch: Watch) => {
    pending.delete(watch);
    if (dom.quietForMs() === 0 || location.href !== watch.href) return;
    emit(
      { type: 'no_effect', clickT: watch.click.t, windowMs: EFFECT_WINDOW_MS },
      { screen: watch.click.screen },
    );
  };

  const stopClicks = clicks((click) => {
    if (click.target.disabled || click.target.covered) return;
    const watch = { click, href: location.href } as Watch;
    watch.timer = setTimeout(() => finish(watch), EFFECT_WINDOW_MS);
    pending.add(watch);
  });

  // Any DOM change answers every pending click: which click caused it cannot be told, and a
  // page that changes is not a page that ignores the user.
  const stopCheck = dom.onCheck(() => {
    if (pending.size > 0) answered();
  });

  doc.addEventListener(
    'focusin',
    (event) => {
      // Tabbing into the hint is not the page answering a click.
      if (isOwnUi(event.target)) return;
      for (const watch of pending) {
        const target = event.target as Node | null;
        if (target && !watch.click.element.contains(target)) answered();
      }
    },
    listen,
  );
  // A file input Odoo clicks for its upload buttons opens the browser's file chooser.
  doc.addEventListener(
    'click',
    (event) => {
      if (event.target instanceof Element && event.target.closest('input[type=file], a[download]'))
        answered();
    },
    listen,
  );
  win?.addEventListener('blur', answered, { signal: controller.signal });
  win?.addEventListener('popstate', answered, { signal: controller.signal });

  const requests =
    typeof PerformanceObserver === 'function'
      ? new PerformanceObserver((list) => {
          if (list.getEntries().length > 0) answered();
        })
      : null;
  try {
    requests?.observe({ type: 'resource', buffered: false });
  } catch {
    // A browser without resource timing: DOM changes still tell.
  }

  return () => {
    controller.abort();
    stopClicks();
    stopCheck();
    requests?.disconnect();
    answered();
  };
}
