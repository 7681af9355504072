import { bySession, signal, targetKey } from './events.ts';
import type { DetectEvent, Detector, EventOf, Signal } from './types.ts';

/** Navigations that step back or away from the screen the user was deciding on. */
const BACK_KINDS: ReadonlySet<string> = new Set([
  'breadcrumb',
  'browser_back',
  'app_switch',
  'menu',
]);

/** An autosave this soon before a step back means the user left with their changes saved. */
const AUTOSAVE_BEFORE_LEAVING_MS = 2000;

/**
 * Hover-backtrack: the pointer stays `hoverDwellMs` or more on a primary action (a highlighted
 * header button, or any button of a wizard) and leaves without clicking; then, within
 * `hoverReturnMs`, it comes back to that button, or the user steps back (breadcrumb, browser
 * back, another app or menu, Discard, a wizard's Cancel). Any other click or typing in between
 * means the user went on working. Leaving by a breadcrumb that autosaved the form is leaving
 * with saved changes, not a backtrack.
 */
export const detectHoverBacktracks: Detector = (events, { thresholds }) => {
  const signals: Signal[] = [];
  for (const session of bySession(events)) {
    // A return that made a signal is part of that backtrack, not the start of another.
    const returns = new Set<DetectEvent>();
    session.forEach((event, index) => {
      if (event.type !== 'hover' || returns.has(event)) return;
      if (!considered(event, thresholds.hoverDwellMs)) return;
      const found = backtrackAfter(event, session.slice(index + 1), thresholds.hoverReturnMs);
      if (!found) return;
      returns.add(found.at);
      signals.push(
        signal('hover_backtrack', found.at, event.target, {
          dwellMs: event.dwellMs,
          then: found.then,
          afterMs: found.at.t - event.t,
        }),
      );
    });
  }
  return signals;
};

function considered(hover: EventOf<'hover'>, dwellMs: number): boolean {
  const { role, inDialog, disabled } = hover.target;
  const primary = role === 'primary_action' || (inDialog && role === 'secondary_action');
  return primary && !disabled && !hover.clicked && hover.dwellMs >= dwellMs;
}

function backtrackAfter(
  hover: EventOf<'hover'>,
  later: readonly DetectEvent[],
  withinMs: number,
): { at: DetectEvent; then: 'returned' | 'went_back' } | null {
  const key = targetKey(hover.target);
  for (const [index, event] of later.entries()) {
    if (event.t - hover.t > withinMs) return null;
    switch (event.type) {
      case 'hover':
        if (targetKey(event.target) === key) return { at: event, then: 'returned' };
        break;
      case 'navigate':
        if (!BACK_KINDS.has(event.kind)) return null;
        return autosavedBefore(event, later.slice(0, index))
          ? null
          : { at: event, then: 'went_back' };
      case 'click':
        if (steppedBack(event)) {
          // The navigation a breadcrumb causes follows; an autosave comes between them.
          if (event.target.role === 'breadcrumb') break;
          return { at: event, then: 'went_back' };
        }
        if (targetKey(event.target) === key) break;
        return null;
      case 'field':
        if (event.action === 'edit' || event.action === 'clear') return null;
        break;
      case 'record':
        if (event.action !== 'autosave') return null;
        break;
      default:
        break;
    }
  }
  return null;
}

function steppedBack(click: EventOf<'click'>): boolean {
  const { role, buttonType, inDialog } = click.target;
  return role === 'discard' || role === 'breadcrumb' || (inDialog && buttonType === 'cancel');
}

function autosavedBefore(leave: DetectEvent, before: readonly DetectEvent[]): boolean {
  return before.some(
    (event) =>
      event.type === 'record' &&
      event.action === 'autosave' &&
      leave.t - event.t <= AUTOSAVE_BEFORE_LEAVING_MS,
  );
}
