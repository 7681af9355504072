import { errorOccurrences } from './error-occurrences.ts';
import { ACTION_ROLES, signal } from './events.ts';
import type { DetectEvent, Detector, EventOf, Signal } from './types.ts';

type Export = EventOf<'export'>;

/** Import steps that show a file is on its way in, not merely that the screen was opened. */
const IMPORTING: ReadonlySet<string> = new Set(['file_chosen', 'test', 'run']);

/**
 * Workaround: data taken out of Odoo to be worked on elsewhere. Either an export of a model
 * followed, within `workaroundWindowMs`, by an import into that same model (edit in a
 * spreadsheet, load it back); or an export right after an action on that model failed, with the
 * user not coming back to finish it within `abandonWindowMs`: the attempt was given up for the
 * spreadsheet.
 */
export const detectWorkarounds: Detector = (events, { thresholds }) => {
  const signals: Signal[] = [];
  const errors = errorOccurrences(events, thresholds.errorCauseMs);
  const exports = events.filter(
    (event): event is Export =>
      event.type === 'export' && (event.step === 'sent' || event.step === 'export_all'),
  );

  let lastReimport = -Infinity;
  for (const exported of exports) {
    const model = exported.screen.model;
    if (!model) continue;

    const reimport = events.find(
      (event): event is EventOf<'import'> =>
        event.type === 'import' &&
        IMPORTING.has(event.step) &&
        (event.model ?? event.screen.model) === model &&
        event.t > exported.t &&
        event.t - exported.t <= thresholds.workaroundWindowMs,
    );
    if (reimport) {
      if (reimport.t === lastReimport) continue;
      lastReimport = reimport.t;
      signals.push(
        signal('workaround', reimport, null, {
          pattern: 'export_then_import',
          model,
          importCompatible: exported.importCompatible,
          afterMs: reimport.t - exported.t,
        }),
      );
      continue;
    }

    const failed = errors.find(
      (error) =>
        error.session === exported.session &&
        error.model === model &&
        error.t < exported.t &&
        exported.t - error.t <= thresholds.abandonWindowMs,
    );
    if (!failed || finishedLater(events, exported, thresholds.abandonWindowMs)) continue;
    signals.push(
      signal('workaround', exported, null, {
        pattern: 'abandoned_after_export',
        model,
        errorKind: failed.kind,
        importCompatible: exported.importCompatible,
      }),
    );
  }
  return signals;
};

/**
 * Whether the user came back to the model after the export and moved it on: a save, or an
 * action button of the screen (not of a dialog) that raised no error.
 */
function finishedLater(
  events: readonly DetectEvent[],
  exported: Export,
  windowMs: number,
): boolean {
  const model = exported.screen.model;
  const after = events.filter(
    (event) =>
      event.session === exported.session &&
      event.t > exported.t &&
      event.t - exported.t <= windowMs &&
      event.screen.model === model,
  );
  return after.some(
    (event, index) =>
      (event.type === 'record' && event.action !== 'discard') ||
      (event.type === 'click' &&
        ACTION_ROLES.has(event.target.role) &&
        event.target.role !== 'discard' &&
        // The export dialog's own buttons are the export, not a return to the work.
        !event.target.inDialog &&
        !event.target.disabled &&
        !after
          .slice(index + 1)
          .some((next) => next.type === 'dialog_open' && next.t - event.t <= 15_000)),
  );
}
