/**
 * Reading Odoo's export dialog and import screen (REFERENCE §3): settings, counts and which
 * button is which. Nothing here reads a field name, a file name or a cell.
 */

export type ImportButtonStep = 'test' | 'run';

/** The export dialog's settings at one moment. */
export interface ExportChoice {
  /** The "I want to update data (import-compatible export)" box, `#o-update-data`. */
  importCompatible: boolean | null;
  format: 'xlsx' | 'csv' | null;
  /** How many fields are in the "Fields to export" list. */
  fields: number | null;
}

/** Error messages the import screen shows: 17/18 banners and per-column reports, 16's alerts. */
const IMPORT_ERRORS = '.o_import_action .alert-danger, .oe_import .alert-danger';

/** The settings of an export dialog (`.o_export_data_dialog` or an element around it). */
export function readExportDialog(dialog: Element): ExportChoice {
  const compatible = dialog.querySelector('#o-update-data') as HTMLInputElement | null;
  const format = Array.from(
    dialog.querySelectorAll<HTMLInputElement>('input[name="o_export_format_name"]'),
  ).find((radio) => radio.checked)?.value;
  return {
    importCompatible: compatible ? compatible.checked : null,
    format: format === 'xlsx' || format === 'csv' ? format : null,
    fields: dialog.querySelector('.o_fields_list')
      ? dialog.querySelectorAll('.o_fields_list .o_export_field').length
      : null,
  };
}

/**
 * Which step of an import a button runs. 16 names its buttons (`.o_import_validate` "Test",
 * `.o_import_import` "Import"/"Resume"). 17/18 do not: while previewing, the control panel holds
 * Import or Resume (`btn-primary`), then Test (`btn-secondary`), then the file input and Cancel;
 * their order tells them apart in every language.
 */
export function importButtonStep(button: Element): ImportButtonStep | null {
  if (button.matches('.o_import_validate')) return 'test';
  if (button.matches('.o_import_import')) return 'run';

  const inPanel = button.closest('.o_control_panel_main_buttons');
  if (!inPanel || !button.ownerDocument.querySelector('.o_import_action')) return null;
  if (!button.matches('button') || button.closest('.o_file_input')) return null;

  const importButton = '.btn-primary:not(.o_import_file):not(.dropdown-toggle)';
  if (button.matches(importButton)) return 'run';
  const previous = button.previousElementSibling;
  if (button.matches('.btn-secondary') && previous?.matches(importButton)) return 'test';
  return null;
}

/** How many error messages the import screen shows. */
export function countImportErrors(doc: Document): number {
  return doc.querySelectorAll(IMPORT_ERRORS).length;
}

/** Whether `element` is the file input of an import screen. */
export function isImportFileInput(element: Element): boolean {
  if (!element.matches('input[type=file]')) return false;
  const doc = element.ownerDocument;
  return doc.querySelector('.o_import_action, .oe_import') !== null;
}
