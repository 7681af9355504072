import type { DomElement, DomRoot } from './types.ts';

/**
 * The root of the action on display: the element the action manager renders for it (a view
 * controller `.o_action`, or a client action's own root). Dialogs live outside the action
 * manager in all three versions (REFERENCE §2.1), so nothing found under it belongs to a dialog.
 */
export function findController(root: DomRoot): DomElement | null {
  return (
    root.querySelector('.o_action_manager > .o_action') ??
    root.querySelector('.o_action_manager > *')
  );
}

/** True when `element` sits inside a field widget, i.e. in an embedded x2many sub-view. */
export function insideField(element: DomElement): boolean {
  return element.parentElement?.closest('.o_field_widget') != null;
}

/** The element's class tokens (read from the attribute: works on any DOM implementation). */
export function classesOf(element: DomElement): string[] {
  return (element.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
}
