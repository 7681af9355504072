import { errorOccurrences } from './error-occurrences.ts';
import { bySession, signal, stepKey } from './events.ts';
import type { Detector, Signal } from './types.ts';

/**
 * A field marked invalid this close to an "invalid fields" message is that same failure,
 * counted once: Odoo shows both in the same render.
 */
const SAME_FAILURE_MS = 500;

/** Error kinds that are the form refusing what was typed, not the server refusing the action. */
const VALIDATION_KINDS: ReadonlySet<string> = new Set(['validation_error', 'missing_fields']);

/**
 * Form friction: the same field marked invalid again, or `formFrictionFailures` validation
 * failures (a field marked invalid, an "invalid fields" notification, a validation or
 * missing-field error) on one step within `formFrictionWindowMs`. One failure that the user
 * then fixes is a reminder, not friction. Raised at the failure that reaches the count.
 */
export const detectFormFriction: Detector = (events, { thresholds }) => {
  const signals: Signal[] = [];
  const validations = errorOccurrences(events, thresholds.errorCauseMs).filter((o) =>
    VALIDATION_KINDS.has(o.kind),
  );

  for (const session of bySession(events)) {
    const failures = new Map<string, { t: number; field: string | null }[]>();
    const note = (step: string, t: number, field: string | null) => {
      const list = failures.get(step) ?? [];
      const last = list.at(-1);
      if (last && t - last.t <= SAME_FAILURE_MS) {
        last.field ??= field;
        return;
      }
      list.push({ t, field });
      failures.set(step, list);
    };

    const id = session[0]?.session;
    const all = [
      ...session.flatMap((event) =>
        event.type === 'field' && event.action === 'invalid'
          ? [{ t: event.t, step: stepKey({ ...event.screen, dialog: null }), field: event.field }]
          : [],
      ),
      ...validations
        .filter((o) => o.session === id)
        .map((o) => ({ t: o.t, step: stepKey({ ...o.screen, dialog: null }), field: null })),
    ].sort((a, b) => a.t - b.t);

    const raised = new Set<string>();
    for (const failure of all) {
      note(failure.step, failure.t, failure.field);
      if (raised.has(failure.step)) continue;
      const recent = failures
        .get(failure.step)!
        .filter((f) => failure.t - f.t <= thresholds.formFrictionWindowMs);
      if (recent.length < thresholds.formFrictionFailures) continue;

      raised.add(failure.step);
      const event = session.find((e) => e.t >= failure.t) ?? session.at(-1)!;
      const fields = new Set(recent.map((f) => f.field).filter((f) => f !== null));
      signals.push(
        signal('form_friction', { ...event, t: failure.t }, null, {
          failures: recent.length,
          fields: fields.size,
          field: fields.size === 1 ? [...fields][0]! : null,
          step: failure.step,
        }),
      );
    }
  }
  return signals;
};
