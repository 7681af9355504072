/**
 * Pathlight's own elements on an Odoo page (the hint) sit under a host element carrying this
 * attribute. Capture ignores whatever happens there: a click on "Got it" is not an Odoo
 * interaction, and nothing of the hint may be described, stored or sent as if it were Odoo's.
 */
export const OWN_UI_ATTRIBUTE = 'data-pathlight-ui';

/**
 * True when `target` is, or sits inside, Pathlight's own UI. Events from inside the hint's
 * shadow root reach the document retargeted to its host, so looking up from the target finds
 * the host whatever was clicked or focused in there.
 */
export function isOwnUi(target: EventTarget | Node | null): boolean {
  // Text nodes and the window have no `closest`; neither can be the hint.
  const element = target as Partial<Element> | null;
  return (
    typeof element?.closest === 'function' && element.closest(`[${OWN_UI_ATTRIBUTE}]`) !== null
  );
}

/**
 * True when a DOM change only concerns Pathlight's own UI: the hint's host was added, removed or
 * restyled. Such a change is not Odoo answering the user.
 */
export function isOwnUiMutation(record: MutationRecord): boolean {
  if (isOwnUi(record.target)) return true;
  if (record.type !== 'childList') return false;
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return nodes.length > 0 && nodes.every((node) => isOwnUi(node));
}
