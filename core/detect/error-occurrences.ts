import type { Target } from '../events/schema.ts';
import type { DialogKind } from '../screen/types.ts';
import type { Screen } from '../screen/types.ts';
import { ACTION_ROLES, bySession } from './events.ts';
import type { DetectEvent, EventOf } from './types.ts';

/** Dialog kinds that are Odoo telling the user an action failed. */
export const ERROR_KINDS: ReadonlySet<DialogKind> = new Set([
  'validation_error',
  'user_error',
  'access_error',
  'missing_fields',
  'server_error',
]);

/**
 * A danger notification this soon after a save is Odoo's "invalid fields" message: 17 and 18
 * report missing required fields that way instead of with a dialog.
 */
const SAVE_NOTIFICATION_MS = 3000;

/** One error Odoo showed, with the action that caused it when one did. */
export interface ErrorOccurrence {
  t: number;
  session: string | undefined;
  kind: DialogKind;
  /** The model of the screen the action was on. */
  model: string | null;
  screen: Screen;
  /** The click that caused the error, or null when none came shortly before. */
  cause: EventOf<'click'> | null;
}

/** Every error of the events, session by session, in time order. */
export function errorOccurrences(
  events: readonly DetectEvent[],
  causeMs: number,
): ErrorOccurrence[] {
  const found: ErrorOccurrence[] = [];
  for (const session of bySession(events)) {
    session.forEach((event, index) => {
      const kind = errorKindOf(event, session.slice(0, index));
      if (!kind) return;
      const cause = causeOf(session.slice(0, index), event.t, causeMs);
      found.push({
        t: event.t,
        session: event.session,
        kind,
        model: cause?.screen.model ?? event.screen.model,
        screen: cause?.screen ?? event.screen,
        cause,
      });
    });
  }
  return found.sort((a, b) => a.t - b.t);
}

/** The button an occurrence is kept under: its name, else its role; `-` without a cause. */
export function buttonOf(target: Target | null): string {
  if (!target) return '-';
  return target.name ?? target.role;
}

function errorKindOf(event: DetectEvent, before: readonly DetectEvent[]): DialogKind | null {
  if (event.type === 'dialog_open') {
    return ERROR_KINDS.has(event.dialog.kind) ? event.dialog.kind : null;
  }
  if (event.type !== 'notification' || event.level !== 'danger') return null;

  const saved = before.some(
    (earlier) =>
      event.t - earlier.t <= SAVE_NOTIFICATION_MS &&
      ((earlier.type === 'record' && earlier.action === 'save') ||
        (earlier.type === 'click' && earlier.target.role === 'save')),
  );
  return saved ? 'missing_fields' : null;
}

function causeOf(
  before: readonly DetectEvent[],
  t: number,
  causeMs: number,
): EventOf<'click'> | null {
  for (let index = before.length - 1; index >= 0; index -= 1) {
    const event = before[index]!;
    if (t - event.t > causeMs) return null;
    if (event.type !== 'click') continue;
    const { role, disabled, covered } = event.target;
    if (ACTION_ROLES.has(role) && !disabled && !covered) return event;
  }
  return null;
}
