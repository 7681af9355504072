import { loadFromUrl, openUrl } from './action-manager.js';
import { dismissTopDialog } from './dialogs.js';
import { h } from './dom.js';
import { is17 } from './env.js';
import { createMainComponents } from './main-components.js';

/**
 * Entry point of the sandbox web client. Builds Odoo's body skeleton (navbar, action manager,
 * main components), renders the URL, and keeps in step with back/forward (`popstate`). Like
 * Odoo 18, same-origin `/odoo/...` link clicks are handled without a page load.
 */

const { document, window } = globalThis;

document.body.replaceChildren(
  h('header.o_navbar'),
  h('div.o_action_manager'),
  createMainComponents(),
);

window.addEventListener('popstate', () => loadFromUrl());
if (is17) {
  // Odoo 17 also follows hash edits made by hand (its own navigation never fires this event).
  window.addEventListener('hashchange', () => loadFromUrl());
}

document.addEventListener('click', (event) => {
  if (is17 || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey)
    return;
  const link = event.target.closest?.('a[href^="/odoo"]');
  if (!link) return;
  event.preventDefault();
  openUrl(link.getAttribute('href'));
});

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') dismissTopDialog();
});

loadFromUrl({ initial: true });
