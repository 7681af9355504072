import type {
  NAVIGATION_CAUSES,
  NAVIGATION_KINDS,
  Target,
  TargetRole,
} from '../../core/events/schema.ts';

export type NavigationCause = (typeof NAVIGATION_CAUSES)[number];
export type NavigationKind = (typeof NAVIGATION_KINDS)[number];

/** The kind of a navigation by the role of the click that caused it. */
const KIND_OF_ROLE: Partial<Record<TargetRole, NavigationKind>> = {
  app: 'app_switch',
  menu: 'menu',
  view_switcher: 'view_switch',
  breadcrumb: 'breadcrumb',
  record: 'open_record',
  new_record: 'new_record',
  pager: 'record_paging',
  primary_action: 'button',
  secondary_action: 'button',
  statusbar_state: 'button',
};

/**
 * How the user moved, from how the URL changed and the click that caused it (null when none
 * did). `levelsDropped` is how many breadcrumb levels fewer the new screen shows. `levels` is set
 * for going back: the breadcrumb's depth, or the levels a browser back dropped.
 */
export function navigationKind(
  cause: NavigationCause,
  click: Target | null,
  levelsDropped: number,
): { kind: NavigationKind; levels: number | null } {
  if (cause === 'load') return { kind: 'load', levels: null };
  if (cause === 'pop') {
    return { kind: 'browser_back', levels: levelsDropped > 0 ? levelsDropped : null };
  }
  if (!click) return { kind: 'other', levels: null };

  const kind = KIND_OF_ROLE[click.role] ?? 'other';
  return { kind, levels: kind === 'breadcrumb' ? click.depth : null };
}
