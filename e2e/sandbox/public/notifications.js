import { h } from './dom.js';
import { is17 } from './env.js';
import { notificationManager } from './main-components.js';

/**
 * Odoo's notifications: 18 draws a coloured bar (`span.o_notification_bar.bg-<type>`) and an
 * `h5` title; 17 a coloured border and a `strong.o_notification_title.text-<type>`.
 */

const { setTimeout } = globalThis;

/** Odoo closes non-sticky notifications after this long. */
const NOTIFICATION_MS = 4000;

/**
 * Shows a notification. `type`: `danger`, `warning` (default), `success` or `info`; `message`:
 * text or a node; `title` optional. Returns a function that closes it.
 */
export function notify({ message, title, type = 'warning', sticky = false }) {
  const close = () => el.remove();
  const closeButton = is17
    ? h(
        'button.o_notification_close.btn',
        { type: 'button', 'aria-label': 'Close', onClick: close },
        h('i.oi.oi-close'),
      )
    : h('button.o_notification_close.btn-close.position-absolute.top-0.end-0.mt-3.me-3', {
        type: 'button',
        'aria-label': 'Close',
        onClick: close,
      });
  const content = h('div.me-auto.o_notification_content', message);

  const el = is17
    ? h(
        `div.o_notification.o_notification_fade.border.border-${type}.mb-2.position-relative.o_notification_fade-enter-active`,
        { role: 'alert' },
        title ? h(`strong.o_notification_title.d-block.text-${type}.py-2.ps-3.pe-5`, title) : null,
        closeButton,
        h('div.o_notification_body.ps-3.pe-5.py-2', content),
      )
    : h(
        'div.o_notification.o_notification_fade.d-flex.mb-2.position-relative.rounded.shadow-lg.o_notification_fade-enter-active',
        { role: 'alert' },
        h(`span.o_notification_bar.bg-${type}.rounded-start`),
        h(
          'div.w-100.py-3.ps-3.pe-5.border.border-start-0.rounded-end.text-break',
          title ? h('h5.o_notification_title.m-0', title) : null,
          closeButton,
          h('div.o_notification_body.mt-2', content),
        ),
      );

  notificationManager()?.append(el);
  if (!sticky) setTimeout(close, NOTIFICATION_MS);
  return close;
}
