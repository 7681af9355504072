import type { RECORD_ACTIONS, TargetRole } from '../../core/events/schema.ts';
import { isFormDirty, isNewRecordForm } from './form-dirty.ts';
import type { CaptureContext, ClickInfo, EmitOptions, Subscribe } from './types.ts';
import type { ShortcutPress } from './watch-keys.ts';
import type { NavigationInfo } from './watch-navigation.ts';

type RecordAction = (typeof RECORD_ACTIONS)[number];

/**
 * The same record action again this soon is one action seen twice: Odoo's hotkey service answers
 * alt+s by clicking the save button, which is captured too.
 */
export const RECORD_REPEAT_MS = 1000;

/** Clicks that leave the form; Odoo saves a dirty record before it leaves (REFERENCE §2.5). */
const LEAVING_ROLES: ReadonlySet<TargetRole> = new Set(['breadcrumb', 'menu', 'app', 'pager']);

const SAVE_SHORTCUTS: ReadonlySet<string> = new Set(['alt+s', 'ctrl+s']);
const DISCARD_SHORTCUTS: ReadonlySet<string> = new Set(['alt+j']);

/**
 * Emits `record` events: `save` and `discard` from their buttons or hotkeys, and `autosave` when
 * the user left a form with unsaved changes and Odoo saved it on the way (the navigation went
 * through, so the save succeeded). Returns a disposer.
 */
export function watchRecords(
  ctx: CaptureContext,
  clicks: Subscribe<ClickInfo>,
  shortcuts: Subscribe<ShortcutPress>,
  navigations: Subscribe<NavigationInfo>,
): () => void {
  const { doc, emit } = ctx;
  let last: { action: RecordAction; t: number } | null = null;
  let leftDirty: ClickInfo | null = null;

  const record = (action: RecordAction, options: EmitOptions & { t: number }) => {
    if (last && last.action === action && options.t - last.t < RECORD_REPEAT_MS) return;
    last = { action, t: options.t };
    emit({ type: 'record', action }, options);
  };

  const stopClicks = clicks((click) => {
    const { role, disabled, covered } = click.target;
    // A disabled or covered button does nothing when clicked.
    if (disabled || covered) return;
    if (role === 'save' || role === 'discard') record(role, { t: click.t, screen: click.screen });
    if (LEAVING_ROLES.has(role) && isFormDirty(doc)) leftDirty = click;
  });

  const stopShortcuts = shortcuts(({ shortcut, t }) => {
    const dirty = isFormDirty(doc);
    if (SAVE_SHORTCUTS.has(shortcut) && (dirty || isNewRecordForm(doc))) record('save', { t });
    if (DISCARD_SHORTCUTS.has(shortcut) && dirty) record('discard', { t });
  });

  const stopNavigations = navigations((navigation) => {
    if (!navigation.click || navigation.click !== leftDirty) return;
    leftDirty = null;
    // The save happened between the click and the navigation; the screen is the form's.
    record('autosave', { t: navigation.click.t, screen: navigation.click.screen });
  });

  return () => {
    stopClicks();
    stopShortcuts();
    stopNavigations();
  };
}
