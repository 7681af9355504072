import { buttonOf, ERROR_KINDS, errorOccurrences } from '../../core/detect/error-occurrences.ts';
import { ERROR_CAUSE_MS } from '../../core/detect/thresholds.ts';
import type { CapturedEvent } from '../../core/events/schema.ts';

/**
 * Follows the errors Odoo shows, so that a hint can speak to one once the user can act on it:
 * an error dialog is remembered with its kind and the button that caused it (the cause logic
 * of the detectors), and handed over when the dialog has closed and the form is back. A missing
 * field reported by a notification (17 and 18 do so after a failed save) is handed over at once:
 * there is no dialog to wait for.
 */

/** An error the user met: its dialog kind and the button whose click it answered (`-`: none). */
export interface MetError {
  kind: string;
  button: string;
}

/** Remembers the error on screen until the user is back on the form. */
export class ErrorWatch {
  private waiting: MetError | null = null;

  /** @param causeMs How long before an error its button may have been clicked. */
  constructor(private readonly causeMs = ERROR_CAUSE_MS) {}

  /**
   * Passes an event, with the page's recent events (the event last among them). Returns the
   * error to hint about when this event is the moment to do so, else null.
   */
  push(event: CapturedEvent, recent: readonly CapturedEvent[]): MetError | null {
    if (event.type === 'dialog_open' && ERROR_KINDS.has(event.dialog.kind)) {
      this.waiting = this.occurrenceAt(event, recent);
      return null;
    }
    if (event.type === 'notification' && event.level === 'danger') {
      return this.occurrenceAt(event, recent);
    }
    if (event.type === 'dialog_close' && ERROR_KINDS.has(event.dialog.kind)) {
      // Another dialog still open (the wizard the error came from) hides the form.
      if (event.screen.dialog !== null) return null;
      const met = this.waiting;
      this.waiting = null;
      return met;
    }
    return null;
  }

  private occurrenceAt(event: CapturedEvent, recent: readonly CapturedEvent[]): MetError | null {
    const found = errorOccurrences(recent, this.causeMs)
      .filter((occurrence) => occurrence.t === event.t)
      .at(-1);
    return found ? { kind: found.kind, button: buttonOf(found.cause?.target ?? null) } : null;
  }
}
