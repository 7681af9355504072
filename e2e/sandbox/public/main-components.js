import { h } from './dom.js';

/**
 * The `.o-main-components-container` at the end of the body: the overlay container (dialogs,
 * and in 18 dropdown popovers), the loading indicator's host and the notification manager.
 */

const { document } = globalThis;

export function createMainComponents() {
  return h(
    'div.o-main-components-container',
    h('div.o-overlay-container'),
    h('div.o_sandbox_loading_host'),
    h('div.o_notification_manager'),
  );
}

export function overlayContainer() {
  return document.querySelector('.o-overlay-container');
}

export function notificationManager() {
  return document.querySelector('.o_notification_manager');
}

export function loadingHost() {
  return document.querySelector('.o_sandbox_loading_host');
}
