/**
 * Field widgets as Pathlight may describe them: the field's technical name, its widget type,
 * whether it is required and whether it is empty. A field's value is only ever compared with
 * the empty string here; it is never kept, logged or sent.
 */

/** A field widget: `div[name].o_field_widget.o_field_<widget>` (REFERENCE §2.6). */
export interface FieldInfo {
  /** The `.o_field_widget` element. */
  element: Element;
  /** The field's technical name. */
  name: string;
  /** The widget type from `o_field_<widget>`, e.g. `many2one`; null when none is marked. */
  widget: string | null;
  /** `o_required_modifier`: Odoo has no `o_field_required` class. */
  required: boolean;
}

/** Classes of the `o_field_` family that mark a state or a layout, not a widget type. */
const NOT_WIDGET_TYPES: ReadonlySet<string> = new Set([
  'widget',
  'invalid',
  'empty',
  'cell',
  'translate',
  'x2many',
  'x2many_list',
  'x2many_list_row_add',
  'input_buttons',
]);

/** Elements that hold what the user typed or picked; hidden inputs are never looked at. */
const CONTROLS =
  'input:not([type=hidden]):not([type=file]), textarea, select, [contenteditable="true"]';

/** The field widget around `element`, or null when it is not inside one. */
export function fieldOf(element: Element): FieldInfo | null {
  const widget = element.closest('.o_field_widget[name]');
  const name = widget?.getAttribute('name');
  if (!widget || !name) return null;

  return {
    element: widget,
    name,
    widget: widgetTypeOf(widget),
    required: widget.classList.contains('o_required_modifier'),
  };
}

/** The first `o_field_<type>` class that names a widget type. */
export function widgetTypeOf(widget: Element): string | null {
  for (const token of Array.from(widget.classList)) {
    const type = /^o_field_(\w+)$/.exec(token)?.[1];
    if (type && !NOT_WIDGET_TYPES.has(type)) return type;
  }
  return null;
}

/**
 * Whether a field shows no value. `control` is the input the user is in, when known; otherwise
 * the widget's first control decides, and a widget without controls (read-only) relies on Odoo's
 * own `o_field_empty` class.
 */
export function isFieldEmpty(widget: Element, control?: Element | null): boolean {
  const input = control ?? widget.querySelector(CONTROLS);
  if (!input) return widget.classList.contains('o_field_empty');

  // Tags of a many2many are chosen values even while its search input is empty.
  if (widget.querySelector('.o_tag, .badge')) return false;
  return isControlEmpty(widget, input);
}

/** True for elements a user types or picks a value in. */
export function isControl(element: Element): boolean {
  return element.matches(CONTROLS);
}

function isControlEmpty(widget: Element, control: Element): boolean {
  const type = control.getAttribute('type');
  if (type === 'radio') return widget.querySelector('input[type=radio]:checked') === null;
  if (type === 'checkbox') return !(control as HTMLInputElement).checked;
  if ('value' in control && typeof control.value === 'string') return control.value.length === 0;
  return (control.textContent ?? '').trim().length === 0;
}
