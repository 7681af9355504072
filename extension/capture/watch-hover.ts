import type { Target, TargetRole } from '../../core/events/schema.ts';
import { classifyTarget } from './describe-target.ts';
import { HoverDwell, type Dwell } from './hover-dwell.ts';
import { isOwnUi } from './own-ui.ts';
import type { CaptureContext, ClickInfo, Subscribe } from './types.ts';

/**
 * Roles worth a hover event: things a user decides to press. Records, fields and the backdrop
 * are crossed all the time on the way elsewhere.
 */
export const HOVER_ROLES: ReadonlySet<TargetRole> = new Set([
  'primary_action',
  'secondary_action',
  'statusbar_state',
  'app',
  'menu',
  'breadcrumb',
  'view_switcher',
  'pager',
  'stepper',
  'toggle',
  'priority',
  'tab',
  'link',
  'save',
  'discard',
  'new_record',
]);

/**
 * Emits one `hover` event per visit of the pointer to an actionable element that lasted at least
 * `MIN_DWELL_MS`: when the pointer leaves it, or when it is clicked (`clicked: true`). The event's
 * time is the moment the visit ended. Elements are told apart by their description, not their
 * identity, so that Odoo re-rendering a button under the pointer does not end the visit.
 * Returns a disposer.
 */
export function watchHover(ctx: CaptureContext, clicks: Subscribe<ClickInfo>): () => void {
  const { doc, now, emit } = ctx;
  const dwell = new HoverDwell<string>();
  const controller = new AbortController();
  const listen = { capture: true, signal: controller.signal };
  // The description of the element being visited, taken when the pointer entered it.
  let visiting: Target | null = null;

  const report = (finished: Dwell<string> | null, target: Target | null) => {
    if (!finished || !target) return;
    emit({ type: 'hover', target, dwellMs: finished.dwellMs, clicked: finished.clicked });
  };

  const moveTo = (target: Target | null) => {
    const key = target ? keyOf(target) : null;
    report(dwell.move(key, now()), visiting);
    if (key !== (visiting ? keyOf(visiting) : null)) visiting = target;
  };

  doc.addEventListener(
    'pointerover',
    (event) => {
      if (event.pointerType === 'touch' || !(event.target instanceof Element)) return;
      // On the hint the pointer has left Odoo's elements: nothing of the hint is described.
      const found = isOwnUi(event.target) ? null : classifyTarget(event.target);
      moveTo(found && HOVER_ROLES.has(found.target.role) ? found.target : null);
    },
    listen,
  );

  doc.addEventListener(
    'pointerout',
    (event) => {
      // Leaving the window: nothing is under the pointer any more.
      if (event.relatedTarget === null) moveTo(null);
    },
    listen,
  );

  const stopClicks = clicks((click) => report(dwell.click(keyOf(click.target), click.t), visiting));

  return () => {
    controller.abort();
    stopClicks();
  };
}

/** What identifies an element across re-renders; `disabled` may change while the pointer stays. */
function keyOf(target: Target): string {
  const { role, name, buttonType, widget, menu, state, depth, label, inDialog } = target;
  return JSON.stringify([role, name, buttonType, widget, menu, state, depth, label, inDialog]);
}
