import { cssString } from './css-string.ts';
import { isShown } from './resolve-anchor.ts';

/**
 * Reads the label the page shows for a button or a field, so that a hint says "Validate" and
 * "Lot/Serial Numbers" rather than technical names. Labels come from Odoo's views (button text,
 * a form label, a list's column header), never from what a field holds; they are read when the
 * hint is worded and go nowhere else: not into events, the store or the backend.
 */

/** Longest label used; Odoo's are far shorter, and a hint is small. */
const MAX_LABEL_LENGTH = 40;

/** Containers whose text is user data: a button inside them is not asked for its text. */
const USER_DATA = '.o_field_widget, .o_data_cell, .o_kanban_record';

/** Reads a label by technical name; null when the page shows none. */
export type LabelOf = (kind: 'button' | 'field', name: string) => string | null;

/** A label reader over `doc`; each call reads the page as it is then. */
export function createLabelReader(doc: Document): LabelOf {
  return (kind, name) => (kind === 'button' ? buttonLabel(doc, name) : fieldLabel(doc, name));
}

function buttonLabel(doc: Document, name: string): string | null {
  const button = Array.from(doc.querySelectorAll(`button[name=${cssString(name)}]`)).find(
    (element) => isShown(element) && !element.closest(USER_DATA),
  );
  return button ? clean(button.textContent) : null;
}

function fieldLabel(doc: Document, name: string): string | null {
  const header = doc.querySelector(`th[data-name=${cssString(name)}]`);
  if (header) return clean(header.textContent);

  const widgets = Array.from(doc.querySelectorAll(`.o_field_widget[name=${cssString(name)}]`));
  const widget = widgets.find(isShown) ?? widgets[0];
  if (!widget) return null;

  // In a list, the field is labelled by its column: the header above the cell that holds it.
  const cell = widget.closest('td');
  if (cell) return columnHeader(cell);

  const input = widget.querySelector('[id]');
  const label = input ? doc.querySelector(`label.o_form_label[for=${cssString(input.id)}]`) : null;
  return label ? ownText(label) : null;
}

function columnHeader(cell: Element): string | null {
  const cellName = cell.getAttribute('name');
  const table = cell.closest('table');
  if (!table) return null;
  if (cellName) {
    const named = table.querySelector(`thead th[data-name=${cssString(cellName)}]`);
    if (named) return clean(named.textContent);
  }
  const row = cell.parentElement;
  const index = row ? Array.from(row.children).indexOf(cell) : -1;
  const header = table.querySelector('thead tr')?.children[index];
  return header ? clean(header.textContent) : null;
}

/** A label's own text: the "?" of its help tooltip is left out. */
function ownText(label: Element): string | null {
  const text = Array.from(label.childNodes)
    .filter((node) => node.nodeType === 3 || (node as Element).tagName !== 'SUP')
    .map((node) => node.textContent ?? '')
    .join('');
  return clean(text);
}

function clean(text: string | null): string | null {
  const value = (text ?? '').replace(/\s+/g, ' ').trim();
  return value ? value.slice(0, MAX_LABEL_LENGTH) : null;
}
