import type { Target, TargetRole } from '../../core/events/schema.ts';
import type { Dialog } from '../../core/screen/types.ts';
import { isOwnUi } from './own-ui.ts';
import type { CaptureContext, ClickInfo, Subscribe } from './types.ts';
import type { DomWatch } from './watch-dom.ts';
import { watchOverlays } from './watch-overlays.ts';

/**
 * A click longer ago than this did not close the dialog: a wizard button's server call can take
 * seconds before the dialog goes, but not half a minute.
 */
export const CLOSED_BY_MAX_MS = 30_000;

/** Clicks that can close a dialog; any other click inside it means the user went on working. */
const CLOSER_ROLES: ReadonlySet<TargetRole> = new Set([
  'primary_action',
  'secondary_action',
  'save',
  'discard',
  'dialog_backdrop',
]);

interface Closer {
  target: Target;
  t: number;
}

/**
 * Emits `dialog_open`, `dialog_close` (with the button that closed it) and `notification`.
 * `closedBy` is the last click inside the dialog before it closed, when that click was on a
 * button or the backdrop; a later Escape or a click on anything else clears it, so a dialog
 * dismissed with Escape reports null. Returns a disposer.
 */
export function watchDialogs(
  ctx: CaptureContext,
  dom: DomWatch,
  clicks: Subscribe<ClickInfo>,
): () => void {
  const { doc, now, emit } = ctx;
  const opened = new WeakMap<Element, Dialog>();
  const closers = new WeakMap<Element, Closer | null>();
  const controller = new AbortController();

  const stopClicks = clicks((click) => {
    const dialog = click.element.closest('.o_dialog');
    if (!dialog) return;
    const closes = CLOSER_ROLES.has(click.target.role);
    closers.set(dialog, closes ? { target: click.target, t: click.t } : null);
  });

  doc.defaultView?.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || isOwnUi(event.target)) return;
      const top = Array.from(doc.querySelectorAll('.o_dialog:not(.o_inactive_modal)')).at(-1);
      if (top) closers.set(top, null);
    },
    { capture: true, signal: controller.signal },
  );

  const stopOverlays = watchOverlays(doc, dom, {
    onDialogOpen(element) {
      const current = ctx.screen();
      if (!current.dialog) return;
      opened.set(element, current.dialog);
      emit({ type: 'dialog_open', dialog: current.dialog }, { screen: current });
    },
    onDialogClose(element) {
      const dialog = opened.get(element);
      if (!dialog) return;
      const closer = closers.get(element);
      const closedBy = closer && now() - closer.t <= CLOSED_BY_MAX_MS ? closer.target : null;
      emit({ type: 'dialog_close', dialog, closedBy });
    },
    onNotification(level) {
      emit({ type: 'notification', level });
    },
  });

  return () => {
    controller.abort();
    stopClicks();
    stopOverlays();
  };
}
