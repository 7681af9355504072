import type { CapturedEvent } from '../../core/events/schema.ts';
import { recognise } from '../../core/recognise/index.ts';
import type { Dialog, Screen } from '../../core/screen/types.ts';
import type { Identity } from '../messages.ts';
import { describeTarget } from './describe-target.ts';
import { watchNavigation } from './watch-navigation.ts';
import { watchOverlays } from './watch-overlays.ts';

/** Where captured events go: the background, in production. */
export type Sink = (event: CapturedEvent, identity: Identity | null) => void;

export interface CaptureOptions {
  sink: Sink;
  identity: Promise<Identity | null>;
  now?: () => number;
}

/** True on pages of the Odoo web client (not its login page or the website). */
export function isOdooWebClient(doc: Document): boolean {
  return doc.body?.classList.contains('o_web_client') ?? false;
}

/**
 * Starts capturing on an Odoo page: clicks on actionable elements, navigation, dialogs and
 * notifications, each with the screen at that moment. Returns a disposer that stops everything.
 */
export function startCapture(doc: Document, options: CaptureOptions): () => void {
  const now = options.now ?? Date.now;
  const screen = (): Screen => recognise(location.href, doc);
  const openDialogs = new WeakMap<Element, Dialog>();
  let identity: Identity | null = null;
  const pending: CapturedEvent[] = [];
  let identityKnown = false;

  // Events wait for the identity lookup so that the first ones of a page are attributed too.
  const emit = (event: CapturedEvent) => {
    if (identityKnown) options.sink(event, identity);
    else pending.push(event);
  };
  void options.identity.then((found) => {
    identity = found;
    identityKnown = true;
    for (const event of pending.splice(0)) options.sink(event, identity);
  });

  const onClick = (event: MouseEvent) => {
    if (!(event.target instanceof Element)) return;
    const target = describeTarget(event.target);
    if (target) emit({ type: 'click', t: now(), screen: screen(), target });
  };
  // Capture phase: the screen is read before Odoo reacts to the click.
  doc.addEventListener('click', onClick, { capture: true });

  const stopNavigation = watchNavigation((cause) =>
    emit({ type: 'navigate', t: now(), screen: screen(), cause, kind: 'other', levels: null }),
  );

  const stopOverlays = watchOverlays(doc, {
    onDialogOpen(element) {
      const current = screen();
      if (!current.dialog) return;
      openDialogs.set(element, current.dialog);
      emit({ type: 'dialog_open', t: now(), screen: current, dialog: current.dialog });
    },
    onDialogClose(element) {
      const dialog = openDialogs.get(element);
      if (dialog) {
        emit({ type: 'dialog_close', t: now(), screen: screen(), dialog, closedBy: null });
      }
    },
    onNotification(level) {
      emit({ type: 'notification', t: now(), screen: screen(), level });
    },
  });

  emit({ type: 'navigate', t: now(), screen: screen(), cause: 'load', kind: 'load', levels: null });

  return () => {
    doc.removeEventListener('click', onClick, { capture: true });
    stopNavigation();
    stopOverlays();
  };
}
