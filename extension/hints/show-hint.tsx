import { createRef, render } from 'preact';

import type { Hint } from '../../core/hints/choose-hint.ts';
import { anchorHint } from './anchor-hint.ts';
import { HintCard } from './hint-card.tsx';
import { createHintHost } from './hint-host.ts';
import type { HintActions, PresentedHint } from './types.ts';

/**
 * Puts a hint on the page. The card first goes in empty and transparent, and its words follow a
 * moment later: screen readers announce a polite status region whose content changes, not one
 * that arrives already filled. Escape dismisses the hint; focus is never moved to it, and if the
 * user was in the hint when it closes, focus goes back where it came from.
 */

/** Between putting the empty status region on the page and filling it. */
export const ANNOUNCE_DELAY_MS = 100;

/** Shows `hint` until the returned handle's `close`. */
export function showHint(doc: Document, hint: Hint, actions: HintActions): PresentedHint {
  const { host, root, remove } = createHintHost(doc);
  const mount = doc.createElement('div');
  root.append(mount);
  const card = createRef<HTMLElement>();
  const arrow = createRef<HTMLDivElement>();
  const controller = new AbortController();
  let stopAnchor: (() => void) | null = null;
  let cameFrom: Element | null = null;

  const draw = (ready: boolean) =>
    render(
      <HintCard hint={hint} ready={ready} actions={actions} cardRef={card} arrowRef={arrow} />,
      mount,
    );
  draw(false);

  const timer = setTimeout(() => {
    draw(true);
    if (card.current && arrow.current) {
      stopAnchor = anchorHint({
        doc,
        floating: card.current,
        arrowElement: arrow.current,
        target: hint.target,
      });
    }
  }, ANNOUNCE_DELAY_MS);

  doc.defaultView?.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      // Escape pressed in the hint is the hint's alone: Odoo would discard or close something.
      if (event.composedPath().includes(host)) {
        event.preventDefault();
        event.stopPropagation();
      }
      actions.dismiss();
    },
    { capture: true, signal: controller.signal },
  );

  host.addEventListener(
    'focusin',
    (event) => {
      const from = event.relatedTarget;
      if (from instanceof Element && !host.contains(from) && from !== host) cameFrom = from;
    },
    { signal: controller.signal },
  );

  return {
    close() {
      clearTimeout(timer);
      stopAnchor?.();
      controller.abort();
      const hadFocus = doc.activeElement === host;
      render(null, mount);
      remove();
      if (hadFocus && cameFrom?.isConnected && cameFrom instanceof HTMLElement) {
        cameFrom.focus({ preventScroll: true });
      }
    },
  };
}
