import type { NOTIFICATION_LEVELS } from '../../core/events/schema.ts';
import type { DomWatch } from './watch-dom.ts';

export type NotificationLevel = (typeof NOTIFICATION_LEVELS)[number];

export interface OverlayHandlers {
  /** A dialog element appeared (16: in `.o_dialog_container`; 17/18: in the overlay container). */
  onDialogOpen(dialog: Element): void;
  onDialogClose(dialog: Element): void;
  onNotification(level: NotificationLevel): void;
}

/**
 * Reports dialogs and notifications as they appear and go. Elements are compared by identity
 * against the previous check, so a dialog re-rendered in place is not reported twice. Dialogs
 * and notifications on the page when capture starts are taken as already known. Returns a
 * disposer.
 */
export function watchOverlays(doc: Document, dom: DomWatch, handlers: OverlayHandlers): () => void {
  // Live collections: the browser keeps them current, so reading them costs no query.
  const dialogElements = doc.getElementsByClassName('o_dialog');
  const notificationElements = doc.getElementsByClassName('o_notification');
  let dialogs = new Set(Array.from(dialogElements));
  let notifications = new Set(Array.from(notificationElements));

  return dom.onCheck(() => {
    const nowDialogs = new Set(Array.from(dialogElements));
    for (const dialog of dialogs) if (!nowDialogs.has(dialog)) handlers.onDialogClose(dialog);
    for (const dialog of nowDialogs) if (!dialogs.has(dialog)) handlers.onDialogOpen(dialog);
    dialogs = nowDialogs;

    const nowNotifications = new Set(Array.from(notificationElements));
    for (const notification of nowNotifications) {
      if (!notifications.has(notification)) handlers.onNotification(levelOf(notification));
    }
    notifications = nowNotifications;
  });
}

/** 16/17 mark the level with `border-<level>`, 18 with `bg-<level>` on `.o_notification_bar`. */
function levelOf(notification: Element): NotificationLevel {
  for (const level of ['danger', 'warning', 'success', 'info'] as const) {
    if (notification.matches(`.border-${level}`)) return level;
    if (notification.querySelector(`.o_notification_bar.bg-${level}, .text-${level}`)) return level;
  }
  // Odoo's default type is warning.
  return 'warning';
}
