import { OWN_UI_ATTRIBUTE } from '../capture/own-ui.ts';
import { HINT_CSS } from './hint-styles.ts';

/**
 * The element a hint lives in: a host outside Odoo's body with a closed shadow root. Closed,
 * because nothing on the page needs to reach in: Odoo's scripts (or another extension) cannot
 * read the hint's words through `host.shadowRoot`, nor restyle it; our own code keeps the root.
 * The host is a zero-size fixed box at the top of the stacking order, styled inline with
 * `!important` so that no page rule can move or hide it.
 */

/** The host's tag: a custom element name, which may carry a shadow root without being defined. */
export const HINT_HOST_TAG = 'pathlight-hint';

const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  display: 'block',
  position: 'fixed',
  top: '0',
  left: '0',
  width: '0',
  height: '0',
  overflow: 'visible',
  // Above Odoo's dialogs and dropdowns (1050 and up), just under the largest z-index.
  'z-index': '2147483600',
};

export interface HintHost {
  /** The element on the page, marked as Pathlight's own so that capture ignores it. */
  host: HTMLElement;
  /** Where the hint is rendered. */
  root: ShadowRoot;
  /** Takes the host off the page. */
  remove(): void;
}

/** Puts a new host at the end of the document (after Odoo's body, which Odoo may re-render). */
export function createHintHost(doc: Document): HintHost {
  const host = doc.createElement(HINT_HOST_TAG);
  host.setAttribute(OWN_UI_ATTRIBUTE, 'hint');
  for (const [property, value] of Object.entries(HOST_STYLE)) {
    host.style.setProperty(property, value, 'important');
  }
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = HINT_CSS;
  root.append(style);
  doc.documentElement.append(host);
  return { host, root, remove: () => host.remove() };
}
