import { classifyTarget } from './describe-target.ts';
import { isOwnUi } from './own-ui.ts';
import { createSignal } from './signal.ts';
import type { CaptureContext, ClickInfo, Subscribe } from './types.ts';

/**
 * A click event this soon after a press on a disabled control reported by pointer events is the
 * same press, should a browser ever dispatch both.
 */
export const SAME_PRESS_MS = 500;

const DISABLED_CONTROL =
  'button:disabled, input:disabled, select:disabled, textarea:disabled, fieldset:disabled';

export interface ClickWatch {
  /** Described clicks, after their `click` event was emitted. */
  clicks: Subscribe<ClickInfo>;
  /** The last described click that could act: neither on a disabled control nor covered. */
  lastClick(): ClickInfo | null;
  dispose(): void;
}

/**
 * Emits a `click` event for each click on something actionable, with `disabled` and `covered`,
 * and passes it on to the other watchers. Listens in the capture phase so that the screen is
 * read before Odoo reacts. Two browser behaviours need care:
 * - Chromium dispatches no `click` on a disabled button, only pointer events: a press and
 *   release on the same disabled control counts as a click on it.
 * - While Odoo's block UI (`.o_blockUI`) covers the page, clicks land on the overlay: the
 *   element under the pointer beneath the overlay is the one described, as `covered`.
 */
export function watchClicks(ctx: CaptureContext): ClickWatch {
  const { doc, now, emit } = ctx;
  const signal = createSignal<ClickInfo>();
  const controller = new AbortController();
  const listen = { capture: true, signal: controller.signal };
  let last: ClickInfo | null = null;
  let pressed: EventTarget | null = null;
  let disabledPress: { control: Element; t: number } | null = null;

  const record = (hit: Element, event: MouseEvent) => {
    const blocker = hit.closest('.o_blockUI');
    const element = blocker ? elementBeneath(doc, blocker, event) : hit;
    const found = element ? classifyTarget(element) : null;
    if (!found) return;

    const covered = blocker !== null || doc.querySelector('.o_blockUI') !== null;
    const info: ClickInfo = {
      t: now(),
      element: found.element,
      target: { ...found.target, covered },
      screen: ctx.screen(),
    };
    emit({ type: 'click', target: info.target }, { t: info.t, screen: info.screen });
    if (!covered && !info.target.disabled) last = info;
    signal.publish(info);
  };

  doc.addEventListener(
    'click',
    (event) => {
      if (!(event.target instanceof Element) || isOwnUi(event.target)) return;
      // Odoo's download helper clicks a hidden `a[download]`: a download, not a user's click.
      if (!event.isTrusted && event.target.closest('a[download]')) return;
      const press = disabledPress;
      const control = event.target.closest(DISABLED_CONTROL);
      if (press && control === press.control && now() - press.t < SAME_PRESS_MS) return;
      record(event.target, event);
    },
    listen,
  );

  doc.addEventListener(
    'pointerdown',
    (event) => {
      pressed = event.button === 0 && !isOwnUi(event.target) ? event.target : null;
    },
    listen,
  );

  doc.addEventListener(
    'pointerup',
    (event) => {
      const target = event.target;
      const samePress = target === pressed;
      pressed = null;
      if (!samePress || !(target instanceof Element)) return;
      const control = target.closest(DISABLED_CONTROL);
      if (!control) return;
      disabledPress = { control, t: now() };
      record(target, event);
    },
    listen,
  );

  return {
    clicks: signal.subscribe,
    lastClick: () => last,
    dispose: () => controller.abort(),
  };
}

/** The topmost element under the pointer that is not part of the overlay. */
function elementBeneath(doc: Document, overlay: Element, event: MouseEvent): Element | null {
  const stack = doc.elementsFromPoint(event.clientX, event.clientY);
  return (
    stack.find(
      (element) =>
        !overlay.contains(element) && element !== doc.body && element !== doc.documentElement,
    ) ?? null
  );
}
