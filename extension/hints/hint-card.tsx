import type { Ref } from 'preact';

import type { Hint } from '../../core/hints/choose-hint.ts';
import type { HintActions } from './types.ts';

export interface HintCardProps {
  hint: Hint;
  /** False while the card is first put on the page, empty and transparent (see show-hint.tsx). */
  ready: boolean;
  actions: HintActions;
  /** The card: the element positioned next to the hint's target. */
  cardRef: Ref<HTMLElement>;
  /** The small arrow pointing at the target. */
  arrowRef: Ref<HTMLDivElement>;
}

/**
 * The hint as the user sees it: what to do next and why, with buttons to say whether it helped,
 * to close it and to snooze hints for a day. The words are in a polite status region, announced
 * by screen readers without moving focus; the buttons are ordinary buttons in the tab order.
 */
export function HintCard({ hint, ready, actions, cardRef, arrowRef }: HintCardProps) {
  return (
    <section
      ref={cardRef}
      class="card"
      aria-label="Pathlight hint"
      data-ready={String(ready)}
      data-kind={hint.kind}
    >
      <div role="status" aria-live="polite" aria-atomic="true">
        {ready && (
          <>
            <span class="eyebrow">Hint</span>
            <span class="title">{hint.title}</span>
            <span class="body">{hint.body}</span>
          </>
        )}
      </div>
      <div class="actions">
        <button type="button" class="primary" data-action="got_it" onClick={actions.gotIt}>
          Got it
        </button>
        <button type="button" data-action="not_helpful" onClick={actions.notHelpful}>
          Not helpful
        </button>
        <button type="button" class="quiet" data-action="snooze" onClick={actions.snooze}>
          Snooze hints for a day
        </button>
      </div>
      <button
        type="button"
        class="close"
        data-action="dismiss"
        aria-label="Close hint"
        onClick={actions.dismiss}
      >
        <span aria-hidden="true">×</span>
      </button>
      <div ref={arrowRef} class="arrow" aria-hidden="true" />
    </section>
  );
}
