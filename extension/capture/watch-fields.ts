import { FieldEdits } from './field-edits.ts';
import { fieldOf, isControl, isFieldEmpty, type FieldInfo } from './field-info.ts';
import { isOwnUi } from './own-ui.ts';
import type { CaptureContext } from './types.ts';
import type { DomWatch } from './watch-dom.ts';

/**
 * Emits `field` events: `focus`, `edit` (throttled, see field-edits.ts), `clear` and `blur` on
 * the inputs of Odoo field widgets, and `invalid` when Odoo marks a widget `o_field_invalid`.
 * Each carries the field's name, widget type, `required` and `empty`; inputs outside field
 * widgets (search boxes, the export dialog) are ignored. Returns a disposer.
 */
export function watchFields(ctx: CaptureContext, dom: DomWatch): () => void {
  const { doc, now, emit } = ctx;
  const edits = new FieldEdits();
  const controller = new AbortController();
  const listen = { capture: true, signal: controller.signal };

  const emitField = (
    action: 'focus' | 'edit' | 'clear' | 'blur' | 'invalid',
    field: FieldInfo,
    empty: boolean,
  ) => {
    emit({
      type: 'field',
      action,
      field: field.name,
      widget: field.widget,
      required: field.required,
      empty,
    });
  };

  /** The field widget of a control the user is in, with its emptiness. */
  const fieldAt = (target: EventTarget | null) => {
    if (!(target instanceof Element) || isOwnUi(target) || !isControl(target)) return null;
    const field = fieldOf(target);
    return field ? { field, empty: isFieldEmpty(field.element, target) } : null;
  };

  doc.addEventListener(
    'focusin',
    (event) => {
      const at = fieldAt(event.target);
      if (!at) return;
      edits.focus(at.field.name, at.empty);
      emitField('focus', at.field, at.empty);
    },
    listen,
  );

  doc.addEventListener(
    'input',
    (event) => {
      const at = fieldAt(event.target);
      const action = at && edits.input(at.field.name, at.empty, now());
      if (at && action) emitField(action, at.field, at.empty);
    },
    listen,
  );

  doc.addEventListener(
    'focusout',
    (event) => {
      const at = fieldAt(event.target);
      if (!at) return;
      edits.blur(at.field.name);
      emitField('blur', at.field, at.empty);
    },
    listen,
  );

  // Invalid widgets by name: Odoo re-renders widgets, so elements are not a stable identity.
  const invalidElements = doc.getElementsByClassName('o_field_invalid');
  let invalid = new Set<string>();
  const stopCheck = dom.onCheck(() => {
    const current = new Map<string, FieldInfo>();
    for (const element of Array.from(invalidElements)) {
      const field = element.matches('.o_field_widget') ? fieldOf(element) : null;
      if (field) current.set(field.name, field);
    }
    for (const [name, field] of current) {
      if (!invalid.has(name)) emitField('invalid', field, isFieldEmpty(field.element));
    }
    invalid = new Set(current.keys());
  });

  return () => {
    controller.abort();
    stopCheck();
  };
}
