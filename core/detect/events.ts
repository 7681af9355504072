import type { Target, TargetRole } from '../events/schema.ts';
import type { Screen } from '../screen/types.ts';
import type { DetectEvent, EventOf, Signal, SignalKind } from './types.ts';

/** Roles of buttons that run something: what errors, retries and hover-backtracks are about. */
export const ACTION_ROLES: ReadonlySet<TargetRole> = new Set([
  'primary_action',
  'secondary_action',
  'statusbar_state',
  'save',
  'discard',
  'new_record',
]);

/** What identifies a target across re-renders; whether it is disabled may change. */
export function targetKey(target: Target): string {
  const { role, name, buttonType, widget, menu, state, depth, label, inDialog } = target;
  return JSON.stringify([role, name, buttonType, widget, menu, state, depth, label, inDialog]);
}

/** A step as far as the screen tells it: model, view, state and the dialog on top. */
export function stepKey(screen: Screen): string {
  const dialog = screen.dialog ? `${screen.dialog.kind}:${screen.dialog.model ?? '-'}` : '-';
  return [screen.model ?? '-', screen.viewType ?? '-', screen.state ?? '-', dialog].join('|');
}

/** Where a user is for loops: app, model and view; states and dialogs change within one. */
export function placeKey(screen: Screen): string {
  return [screen.app ?? '-', screen.model ?? '-', screen.viewType ?? '-'].join('|');
}

/** Events grouped by session, each group in time order; events without a session form one. */
export function bySession(events: readonly DetectEvent[]): DetectEvent[][] {
  const groups = new Map<string, DetectEvent[]>();
  for (const event of events) {
    const key = event.session ?? '';
    const group = groups.get(key);
    if (group) group.push(event);
    else groups.set(key, [event]);
  }
  return [...groups.values()];
}

export function isType<T extends DetectEvent['type']>(
  type: T,
): (event: DetectEvent) => event is EventOf<T> {
  return (event): event is EventOf<T> => event.type === type;
}

/** A signal with its evidence, the session first when it is known. */
export function signal(
  kind: SignalKind,
  at: { t: number; screen: Screen; session?: string },
  target: Target | null,
  evidence: Signal['evidence'],
): Signal {
  const session: Signal['evidence'] = at.session === undefined ? {} : { session: at.session };
  return { kind, t: at.t, screen: at.screen, target, evidence: { ...session, ...evidence } };
}

/** Events of `events` in (from, to], given in time order. */
export function between(
  events: readonly DetectEvent[],
  from: number,
  to: number,
): readonly DetectEvent[] {
  return events.filter((event) => event.t > from && event.t <= to);
}
