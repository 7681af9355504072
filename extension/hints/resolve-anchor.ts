import type { HintTarget } from '../../core/hints/choose-hint.ts';
import { cssString } from './css-string.ts';

/**
 * Finds the element a hint points at: the next step's button or field when it is on screen;
 * else the notebook tab that holds the field (another page of the notebook is open); else the
 * menu entry that leads to the step. Null when none of them is on screen: the hint is then
 * shown on its own, docked in a corner. Elements behind an open dialog do not count: the user
 * cannot reach them until the dialog is closed.
 */

/** What the anchor is: the step's own element, or the way to it. */
export type AnchorKind = 'button' | 'field' | 'tab' | 'menu';

/** The element a hint points at, and what it is. */
export interface Anchor {
  element: Element;
  kind: AnchorKind;
}

/** The best element on screen for `target`, or null. */
export function resolveAnchor(doc: Document, target: HintTarget | null): Anchor | null {
  if (!target) return null;
  const scope = activeScope(doc);
  const first = (kind: AnchorKind, selectors: string[]): Anchor | null => {
    for (const selector of selectors) {
      const element = Array.from(scope.querySelectorAll(selector)).find(isShown);
      if (element) return { element: kind === 'field' ? controlIn(element) : element, kind };
    }
    return null;
  };

  return (
    first(
      'button',
      target.buttons.map(
        (name) => `button[name=${cssString(name)}], a[name=${cssString(name)}][type]`,
      ),
    ) ??
    first(
      'field',
      target.fields.flatMap((name) => [
        `.o_field_widget[name=${cssString(name)}]`,
        // A list column without an editable widget in it: the cell, or 17/18's column header.
        `td.o_data_cell[name=${cssString(name)}]`,
        `th[data-name=${cssString(name)}]`,
      ]),
    ) ??
    (target.tab
      ? first('tab', [`.o_notebook_headers a.nav-link[name=${cssString(target.tab)}]`])
      : null) ??
    first(
      'menu',
      target.menus.map((xmlid) => `[data-menu-xmlid=${cssString(xmlid)}]`),
    )
  );
}

/** True when the element takes space on the page: rendered, not hidden, not collapsed away. */
export function isShown(element: Element): boolean {
  if (!element.isConnected) return false;
  const rects = element.getClientRects();
  if (rects.length === 0) return false;
  const box = element.getBoundingClientRect();
  if (box.width === 0 && box.height === 0) return false;
  const view = element.ownerDocument.defaultView;
  return view?.getComputedStyle(element).visibility !== 'hidden';
}

/**
 * Where the user types in a field widget: a list cell's widget spans the whole column, and the
 * arrow should land on the input. Only its place on the page is used, never what it holds.
 */
function controlIn(widget: Element): Element {
  const controls = widget.querySelectorAll(
    'input:not([type=hidden]), textarea, select, [contenteditable="true"]',
  );
  return Array.from(controls).find(isShown) ?? widget;
}

/** The topmost open dialog when there is one: nothing behind it can be reached. */
function activeScope(doc: Document): ParentNode {
  const dialogs = Array.from(doc.querySelectorAll('.o_dialog')).filter(
    (dialog) => !dialog.matches('.o_inactive_modal') && dialog.querySelector('.modal') !== null,
  );
  return dialogs.at(-1) ?? doc;
}
