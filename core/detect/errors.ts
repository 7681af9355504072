import { buttonOf, errorOccurrences, type ErrorOccurrence } from './error-occurrences.ts';
import { signal } from './events.ts';
import type { Detector } from './types.ts';

const DAY_MS = 86_400_000;

/**
 * Error: Odoo's validation, user, access, missing-field and server errors, kept by kind, model
 * and button. The same error on the same button and model is one incident however often it
 * comes back, across sessions, users and days: one signal at its first occurrence, with how
 * many times, sessions and days it was seen.
 */
export const detectErrors: Detector = (events, { thresholds }) => {
  const incidents = new Map<string, ErrorOccurrence[]>();
  for (const occurrence of errorOccurrences(events, thresholds.errorCauseMs)) {
    const key = [
      occurrence.kind,
      occurrence.model ?? '-',
      buttonOf(occurrence.cause?.target ?? null),
    ];
    const id = key.join('|');
    const list = incidents.get(id);
    if (list) list.push(occurrence);
    else incidents.set(id, [occurrence]);
  }

  return [...incidents.values()].map((occurrences) => {
    const first = occurrences[0]!;
    const sessions = new Set(occurrences.map((o) => o.session ?? ''));
    const days = new Set(occurrences.map((o) => Math.floor(o.t / DAY_MS)));
    return signal('error', { t: first.t, screen: first.screen }, first.cause?.target ?? null, {
      errorKind: first.kind,
      model: first.model,
      button: buttonOf(first.cause?.target ?? null),
      occurrences: occurrences.length,
      sessions: sessions.size,
      days: days.size,
    });
  });
};
