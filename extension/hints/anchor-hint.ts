import { arrow, autoUpdate, computePosition, flip, hide, offset, shift } from '@floating-ui/dom';

import type { HintTarget } from '../../core/hints/choose-hint.ts';
import { resolveAnchor, type Anchor } from './resolve-anchor.ts';

/**
 * Keeps a hint next to the element it points at: positioned with Floating UI (flipped and
 * shifted to stay in the window, its arrow on the element), following scrolls, resizes and
 * layout changes, and found again when Odoo re-renders. Odoo replaces whole views (a notebook
 * tab opened, a record saved, a line edited), so the anchor is looked up again after DOM changes:
 * a replaced element is found anew, and a better one (the field itself once its tab is open)
 * takes over from the way to it. With nothing to point at, or the element scrolled out of
 * sight, the hint waits docked in the bottom right corner.
 */

/** Space between the hint's arrow and the element, and from the window's edges. */
const GAP_PX = 10;
const EDGE_PX = 8;

/**
 * DOM changes are looked at no more often than this: Odoo renders a view in a few frames, and
 * one look after the burst is enough.
 */
export const REANCHOR_MS = 100;

/** What to position, and what at. */
export interface AnchorHintOptions {
  doc: Document;
  /** The card to position (`position: fixed`). */
  floating: HTMLElement;
  /** The arrow inside the card. */
  arrowElement: HTMLElement;
  target: HintTarget | null;
  /** Told each time the hint is anchored elsewhere, or docked (null). */
  onAnchor?: (anchor: Anchor | null) => void;
}

/** Starts positioning; returns a disposer. */
export function anchorHint(options: AnchorHintOptions): () => void {
  const { doc, floating, arrowElement, target } = options;
  let anchor: Anchor | null = null;
  let placed = false;
  let stopUpdates: (() => void) | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let disposed = false;

  const dock = () => {
    floating.dataset.docked = 'true';
    floating.style.removeProperty('left');
    floating.style.removeProperty('top');
  };

  const place = (element: Element) => {
    void computePosition(element, floating, {
      strategy: 'fixed',
      placement: 'bottom',
      middleware: [
        offset(GAP_PX),
        flip({ padding: EDGE_PX, fallbackPlacements: ['top', 'right', 'left'] }),
        shift({ padding: EDGE_PX }),
        arrow({ element: arrowElement, padding: 12 }),
        hide({ strategy: 'referenceHidden' }),
      ],
    }).then(({ x, y, placement, middlewareData }) => {
      // A late answer about an element no longer pointed at is stale.
      if (disposed || anchor?.element !== element) return;
      if (middlewareData.hide?.referenceHidden) {
        dock();
        return;
      }
      floating.dataset.docked = 'false';
      floating.dataset.side = placement.split('-')[0];
      floating.style.left = `${Math.round(x)}px`;
      floating.style.top = `${Math.round(y)}px`;
      const tip = middlewareData.arrow;
      arrowElement.style.left = tip?.x === undefined ? '' : `${Math.round(tip.x)}px`;
      arrowElement.style.top = tip?.y === undefined ? '' : `${Math.round(tip.y)}px`;
    });
  };

  const reanchor = () => {
    timer = null;
    if (disposed) return;
    const found = resolveAnchor(doc, target);
    if (placed && found?.element === anchor?.element && found?.kind === anchor?.kind) return;
    placed = true;

    stopUpdates?.();
    stopUpdates = null;
    anchor = found;
    floating.dataset.anchor = found?.kind ?? 'none';
    if (found) {
      const element = found.element;
      stopUpdates = autoUpdate(element, floating, () => place(element));
    } else dock();
    options.onAnchor?.(found);
  };

  const observer = new MutationObserver(() => {
    timer ??= setTimeout(reanchor, REANCHOR_MS);
  });
  observer.observe(doc.body ?? doc.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['class', 'style', 'hidden'],
  });
  reanchor();

  return () => {
    disposed = true;
    observer.disconnect();
    if (timer) clearTimeout(timer);
    stopUpdates?.();
  };
}
