import { bySession, placeKey, signal } from './events.ts';
import type { DetectEvent, Detector, Signal } from './types.ts';

/**
 * Loop: the same screen (app, model and view) reached `loopVisits` times, or two screens in
 * turn A→B→A→B, with no progress in between. Progress is a save or an autosave, a record
 * changing state, a wizard finished by one of its buttons, or an export or import run: a user
 * who validates one receipt after another goes back to the same list each time, and that is
 * work, not a loop.
 */
export const detectLoops: Detector = (events, { thresholds }) => {
  const signals: Signal[] = [];
  for (const session of bySession(events)) {
    let visits: string[] = [];
    let previous: DetectEvent | null = null;
    for (const event of session) {
      if (previous && progressed(previous, event)) visits = [];
      previous = event;
      if (event.type !== 'navigate' || event.kind === 'load') continue;

      const place = placeKey(event.screen);
      if (visits.at(-1) === place) continue;
      visits.push(place);

      const count = visits.filter((visit) => visit === place).length;
      const [a, b, c, d] = visits.slice(-4);
      const pingPong = visits.length >= 4 && a === c && b === d && a !== b;
      if (count < thresholds.loopVisits && !pingPong) continue;

      signals.push(
        signal('loop', event, null, {
          visits: count,
          pattern: count >= thresholds.loopVisits ? 'revisit' : 'back_and_forth',
          place,
        }),
      );
      visits = [];
    }
  }
  return signals;
};

function progressed(previous: DetectEvent, event: DetectEvent): boolean {
  if (event.type === 'record' && event.action !== 'discard') return true;
  if (event.type === 'import' && event.step === 'run') return true;
  if (event.type === 'export' && event.step !== 'dialog_open') return true;
  if (event.type === 'dialog_close' && event.dialog.kind === 'wizard') {
    return event.closedBy !== null && event.closedBy.buttonType !== 'cancel';
  }
  const sameRecordView =
    previous.screen.model === event.screen.model && previous.screen.viewType === 'form';
  // A state change without a navigation is the record moving on, not another record opened.
  return (
    sameRecordView &&
    event.type !== 'navigate' &&
    event.screen.viewType === 'form' &&
    changedState(previous, event)
  );
}

function changedState(previous: DetectEvent, event: DetectEvent): boolean {
  return (
    previous.screen.state !== null &&
    event.screen.state !== null &&
    previous.screen.state !== event.screen.state
  );
}
