import { errorOccurrences } from './error-occurrences.ts';
import { signal, targetKey } from './events.ts';
import type { DetectEvent, Detector, EventOf, Signal } from './types.ts';

/**
 * Retry: the same action again, in the same session and on the same model, within
 * `retryWindowMs` of an error that action caused (Validate → lot error → Validate). Raised at the
 * click that retries, with what the user changed in between. The same error seen again in
 * another session is the error's own repetition, not a retry.
 */
export const detectRetries: Detector = (events, { thresholds }) => {
  const signals: Signal[] = [];
  const retried = new Set<number>();
  for (const occurrence of errorOccurrences(events, thresholds.errorCauseMs)) {
    const { cause } = occurrence;
    if (!cause) continue;
    const key = targetKey(cause.target);
    const later = events.filter(
      (event) =>
        event.session === occurrence.session &&
        event.t > occurrence.t &&
        event.t - occurrence.t <= thresholds.retryWindowMs,
    );
    const again = later.find(
      (event): event is EventOf<'click'> =>
        event.type === 'click' &&
        !event.target.disabled &&
        !event.target.covered &&
        targetKey(event.target) === key &&
        event.screen.model === cause.screen.model,
    );
    if (!again || retried.has(again.t)) continue;
    retried.add(again.t);

    signals.push(
      signal('retry', again, again.target, {
        errorKind: occurrence.kind,
        afterMs: again.t - occurrence.t,
        fieldsEdited: editedFields(later.filter((event) => event.t < again.t)),
      }),
    );
  }
  return signals;
};

function editedFields(events: readonly DetectEvent[]): number {
  const fields = new Set<string>();
  for (const event of events) {
    if (event.type === 'field' && (event.action === 'edit' || event.action === 'clear')) {
      fields.add(event.field);
    }
  }
  return fields.size;
}
