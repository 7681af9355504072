import type { Dialog, DialogKind } from '../screen/index.ts';
import { FIXED_TITLE_KINDS } from './dialog-titles.ts';
import type { DomElement, DomRoot } from './types.ts';
import { WIZARD_RULES } from './wizard-models.ts';

/** What is known of the screen behind the dialog. */
export interface DialogContext {
  version: number | null;
  /** The model of the main view, which opened the dialog. */
  model: string | null;
}

// Error dialogs: 17/18 `.modal-content.o_error_dialog`; 16 WarningDialog `.o_dialog_warning`
// body and ErrorDialog `.o_dialog_error` content (REFERENCE §2.11).
const ERROR_DIALOG = '.o_error_dialog, .o_dialog_error, .o_dialog_warning';

// A required field the user left empty, flagged by a failed save (REFERENCE §2.6).
const MISSING_REQUIRED = '.o_field_widget.o_required_modifier.o_field_invalid';

/** The topmost open dialog (an `.o_dialog` not covered by another), or null. */
export function recogniseDialog(root: DomRoot, context: DialogContext): Dialog | null {
  const dialog = topmostDialog(root);
  if (!dialog) return null;

  const wizard = dialog.querySelector('.modal-body.o_act_window') !== null;
  const model = wizard ? wizardModel(dialog, context) : null;
  return { kind: kindOf(dialog, wizard), model };
}

/**
 * `o_inactive_modal` marks every dialog with another above it (REFERENCE §2.10); the last
 * remaining one in document order is the one on top.
 */
function topmostDialog(root: DomRoot): DomElement | null {
  const open = Array.from(root.querySelectorAll('.o_dialog')).filter(
    (dialog) => !dialog.matches('.o_inactive_modal') && dialog.querySelector('.modal') !== null,
  );
  return open.at(-1) ?? null;
}

function kindOf(dialog: DomElement, wizard: boolean): DialogKind {
  if (dialog.querySelector(MISSING_REQUIRED)) return 'missing_fields';
  if (wizard) return 'wizard';
  if (dialog.querySelector('.o_export_data_dialog')) return 'export';
  // 16's legacy import shows its progress in a dialog of its own (REFERENCE §3.2).
  if (dialog.querySelector('.o_import_progress_dialog')) return 'import';

  const fixed = FIXED_TITLE_KINDS[titleOf(dialog)];
  if (fixed) return fixed;
  if (dialog.querySelector(ERROR_DIALOG)) return 'server_error';
  return 'other';
}

/** The header title, whitespace-normalised; only ever compared with Odoo's fixed titles. */
function titleOf(dialog: DomElement): string {
  const title = dialog.querySelector('.modal-header .modal-title');
  return (title?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function wizardModel(dialog: DomElement, context: DialogContext): string | null {
  const names = new Set(
    Array.from(dialog.querySelectorAll('.modal-footer button[name]')).map((button) =>
      button.getAttribute('name'),
    ),
  );

  const rule = WIZARD_RULES.find(
    ({ buttons, openedFrom, maxVersion }) =>
      buttons.every((name) => names.has(name)) &&
      (openedFrom === undefined || openedFrom === context.model) &&
      (maxVersion === undefined || (context.version !== null && context.version <= maxVersion)),
  );
  return rule?.model ?? null;
}
