import type { NOTIFICATION_LEVELS } from '../../core/events/schema.ts';

export type NotificationLevel = (typeof NOTIFICATION_LEVELS)[number];

export interface OverlayHandlers {
  /** A dialog element appeared (16: in `.o_dialog_container`; 17/18: in the overlay container). */
  onDialogOpen(dialog: Element): void;
  onDialogClose(dialog: Element): void;
  onNotification(level: NotificationLevel): void;
}

/** Mutations are examined at most this often; Odoo renders a dialog in a few frames. */
export const OVERLAY_CHECK_MS = 50;

const DIALOG_SELECTOR = '.o_dialog';
const NOTIFICATION_SELECTOR = '.o_notification';

/**
 * Reports dialogs and notifications as they appear and go. Elements are compared by identity
 * against the previous check, so a dialog re-rendered in place is not reported twice.
 * Returns a disposer.
 */
export function watchOverlays(root: Document, handlers: OverlayHandlers): () => void {
  let dialogs = new Set(root.querySelectorAll(DIALOG_SELECTOR));
  let notifications = new Set(root.querySelectorAll(NOTIFICATION_SELECTOR));
  let scheduled: ReturnType<typeof setTimeout> | null = null;

  const check = () => {
    scheduled = null;
    const nowDialogs = new Set(root.querySelectorAll(DIALOG_SELECTOR));
    for (const dialog of dialogs) if (!nowDialogs.has(dialog)) handlers.onDialogClose(dialog);
    for (const dialog of nowDialogs) if (!dialogs.has(dialog)) handlers.onDialogOpen(dialog);
    dialogs = nowDialogs;

    const nowNotifications = new Set(root.querySelectorAll(NOTIFICATION_SELECTOR));
    for (const notification of nowNotifications) {
      if (!notifications.has(notification)) handlers.onNotification(levelOf(notification));
    }
    notifications = nowNotifications;
  };

  const observer = new MutationObserver(() => {
    scheduled ??= setTimeout(check, OVERLAY_CHECK_MS);
  });
  observer.observe(root.body, { childList: true, subtree: true });

  return () => {
    observer.disconnect();
    if (scheduled) clearTimeout(scheduled);
  };
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
