import { isOwnUi } from './own-ui.ts';
import { shortcutOf } from './shortcut-of.ts';
import { createSignal } from './signal.ts';
import type { CaptureContext, Subscribe } from './types.ts';

/** A shortcut as it was pressed. */
export interface ShortcutPress {
  shortcut: string;
  t: number;
}

export interface KeyWatch {
  shortcuts: Subscribe<ShortcutPress>;
  dispose(): void;
}

/**
 * Emits a `shortcut` event per key combination with a modifier, and `escape`, and a `copy` event
 * per copy to the clipboard. Plain typing is never looked at beyond telling it apart, and the
 * copied text is never read: neither the selection nor the clipboard.
 */
export function watchKeys(ctx: CaptureContext): KeyWatch {
  const { doc, now, emit } = ctx;
  const signal = createSignal<ShortcutPress>();
  const controller = new AbortController();
  const listen = { capture: true, signal: controller.signal };

  doc.defaultView?.addEventListener(
    'keydown',
    (event) => {
      // A held key repeats its keydown; the combination was pressed once.
      if (event.repeat || isOwnUi(event.target)) return;
      const shortcut = shortcutOf({
        key: event.key,
        code: event.code,
        altKey: event.altKey,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        shiftKey: event.shiftKey,
        altGraph: event.getModifierState?.('AltGraph') ?? false,
      });
      if (!shortcut) return;
      const t = now();
      emit({ type: 'shortcut', shortcut }, { t });
      signal.publish({ shortcut, t });
    },
    listen,
  );

  doc.addEventListener(
    'copy',
    (event) => {
      if (!isOwnUi(event.target)) emit({ type: 'copy' });
    },
    listen,
  );

  return { shortcuts: signal.subscribe, dispose: () => controller.abort() };
}
