import { cx, h } from './dom.js';
import { htmlContent } from './html-content.js';
import { tagsBody } from './many2many-tags.js';

/**
 * Field widgets and form layout as Odoo renders them: `div[name].o_field_widget.o_field_<type>`
 * wrapping real inputs, `label.o_form_label`, `.o_group > .o_inner_group`, notebooks and the
 * statusbar. Widgets read and write through a form record (see form-view.js); values typed by
 * the user are kept as DOM properties only, never as `value` attributes, as in Odoo.
 */

/** `1234.5` → `1,234.50`. */
export function formatFloat(value) {
  return Number(value ?? 0).toLocaleString('en-US', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
}

export function formatMonetary(value) {
  return `${formatFloat(value)} €`;
}

/** `2026-03-02 09:00:00` → `03/02/2026 09:00:00`; `2026-03-02` → `03/02/2026`. */
export function formatDate(value) {
  if (!value) return '';
  const [date, time] = String(value).split(' ');
  const [year, month, day] = date.split('-');
  return `${month}/${day}/${year}${time ? ` ${time}` : ''}`;
}

/**
 * Widgets bound to one record. `record` provides `value(name)`, `setValue(name, value)`,
 * `isInvalid(name)` and `fields` (name → `{ type, label, required, readonly, widget, options,
 * password, help, placeholder, title, ariaLabel }`). `redraw()` redraws the form, for widgets
 * whose look changes with their value (tags).
 */
export function createUi(record, { redraw = () => {} } = {}) {
  const fieldDef = (name) => record.fields[name] ?? { type: 'char', label: name };

  function field(name, extra = {}) {
    const def = { ...fieldDef(name), ...extra };
    const readonly = record.isReadonly(name);
    const value = record.value(name);
    const empty = value === false || value === null || value === undefined || value === '';
    const widgetClass = `o_field_${def.widget ?? def.type}`;
    const classes = cx('o_field_widget', widgetClass, {
      o_required_modifier: def.required,
      o_readonly_modifier: readonly,
      o_field_invalid: record.isInvalid(name),
      o_field_empty: empty && readonly,
    });
    return h(
      'div',
      { name, class: cx(classes, def.class) },
      widgetBody(name, def, readonly, value),
    );
  }

  function widgetBody(name, def, readonly, value) {
    const id = `${name}_0`;
    const attrs = inputAttrs(def);
    if (def.widget === 'many2many_tags') {
      return tagsBody({
        id,
        value,
        options: def.options,
        readonly,
        inputAttrs: attrs,
        onChange: (selection) => {
          record.setValue(name, selection);
          redraw();
          globalThis.document.getElementById(id)?.focus();
        },
      });
    }
    if (def.type === 'html') return htmlBody(name, def, readonly, value);
    if (def.widget === 'email' || def.widget === 'phone') {
      const text = String(value || '');
      if (readonly) {
        const scheme = def.widget === 'email' ? 'mailto' : 'tel';
        return h('a.o_form_uri.o_text_overflow', { href: `${scheme}:${text}` }, text);
      }
      return h(
        'div.d-inline-flex.w-100',
        h('input.o_input', {
          ...attrs,
          id,
          type: def.widget === 'email' ? 'email' : 'tel',
          autocomplete: 'off',
          value: text,
          onChange: (event) => record.setValue(name, event.target.value),
        }),
      );
    }
    if (def.type === 'many2one') {
      const text = Array.isArray(value) ? value[1] : '';
      if (readonly) return h('span', text);
      return h(
        'div.o_field_many2one_selection',
        h(
          'div.o_input_dropdown',
          h(
            'div.o-autocomplete.dropdown',
            h('input.o-autocomplete--input.o_input.pe-3', {
              ...attrs,
              type: 'text',
              role: 'combobox',
              id,
              autocomplete: 'off',
              list: `${id}_options`,
              value: text,
              onChange: (event) => record.setMany2oneText(name, event.target.value),
            }),
            h(
              'datalist',
              { id: `${id}_options` },
              (def.options ?? []).map(([, label]) => h('option', { value: label })),
            ),
          ),
          h('span.o_dropdown_button'),
        ),
      );
    }
    if (def.type === 'monetary') {
      if (readonly) return h('span', formatMonetary(value));
      return h(
        'div.text-nowrap.d-inline-flex.w-100.align-items-baseline.position-relative',
        h('input.o_input.flex-grow-1.flex-shrink-1', {
          ...attrs,
          id,
          type: 'text',
          inputmode: 'decimal',
          autocomplete: 'off',
          value: formatFloat(value),
          onChange: (event) => record.setValue(name, parseFloatInput(event.target.value)),
        }),
        h('span.mw-100.ms-1', '€'),
      );
    }
    if (def.type === 'selection') return h('span', def.labels?.[value] ?? value ?? '');
    if (def.type === 'radio') {
      return h(
        'div.o_vertical',
        { role: 'radiogroup', 'aria-label': def.label },
        def.choices.map(([key, label]) =>
          h(
            'div.form-check.o_radio_item',
            h('input.form-check-input.o_radio_input', {
              type: 'radio',
              name: `radio_field_${name}`,
              'data-value': key,
              id: `radio_field_${name}_${key}`,
              checked: value === key,
              disabled: readonly,
              onChange: () => record.setValue(name, key),
            }),
            h('label.form-check-label.o_form_label', { for: `radio_field_${name}_${key}` }, label),
          ),
        ),
      );
    }
    const text =
      def.type === 'date' || def.type === 'datetime' ? formatDate(value) : String(value || '');
    if (readonly) return h('span', text);
    if (def.type === 'text') {
      return h('textarea.o_input', {
        ...attrs,
        id,
        rows: 3,
        value: text,
        onChange: (e) => record.setValue(name, e.target.value),
      });
    }
    if (def.type === 'float') {
      return h('input.o_input', {
        ...attrs,
        id,
        type: 'text',
        inputmode: 'decimal',
        value: formatFloat(value),
        onChange: (event) => record.setValue(name, parseFloatInput(event.target.value)),
      });
    }
    return h(
      def.type === 'date' || def.type === 'datetime'
        ? 'input.o_input.cursor-pointer'
        : 'input.o_input',
      {
        ...attrs,
        id,
        type: def.password ? 'password' : 'text',
        autocomplete: def.password ? 'new-password' : null,
        value: text,
        onChange: (event) => record.setValue(name, parseTextInput(def.type, event.target.value)),
      },
    );
  }

  /** Odoo's rich-text field: a contenteditable `.note-editable.odoo-editor-editable` div. */
  function htmlBody(name, def, readonly, value) {
    if (readonly) return h('div.o_readonly', htmlContent(value));
    return h(
      'div.h-100',
      h(
        'div.note-editable.odoo-editor-editable.o_input',
        {
          contenteditable: 'true',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': def.ariaLabel || null,
          onInput: (event) => record.setValue(name, event.currentTarget.innerHTML),
        },
        htmlContent(value),
      ),
    );
  }

  function label(name, text = fieldDef(name).label) {
    const help = fieldDef(name).help;
    return h(
      'label.o_form_label',
      { for: `${name}_0`, class: record.isInvalid(name) ? 'o_field_invalid' : '' },
      text,
      // 17/18 show a field's help as the tooltip of a "?" next to its label.
      help ? h('sup.text-info.p-1', { 'data-tooltip': help }, '?') : null,
    );
  }

  /** `.o_group` of two columns; each column is a list of field names (or ready nodes). */
  function group(...columns) {
    return h(
      'div.o_group.row.align-items-start',
      columns.map((names) =>
        h(
          'div.o_inner_group.grid.col-lg-6',
          names.map((name) =>
            typeof name === 'string'
              ? h(
                  'div.o_wrap_field.d-flex.d-sm-contents.flex-column.mb-3.mb-sm-0',
                  h('div.o_cell.o_wrap_label.text-break.text-900', label(name)),
                  h('div.o_cell.o_wrap_input.text-break', field(name)),
                )
              : name,
          ),
        ),
      ),
    );
  }

  return { field, label, group };
}

/** A notebook; `state.page` remembers the open tab across redraws. */
export function notebook(pages, state) {
  const active = pages.find((page) => page.name === state.page) ?? pages[0];
  const content = h('div.tab-pane.active.fade.show', active.content());
  return h(
    'div.o_notebook.d-flex.w-100.horizontal.flex-column',
    h(
      'div.o_notebook_headers',
      h(
        'ul.nav.nav-tabs.flex-row.flex-nowrap',
        pages.map((page) =>
          h(
            'li.nav-item.flex-nowrap.cursor-pointer',
            h(
              'a.nav-link',
              {
                class: page === active ? 'active' : '',
                href: '#',
                role: 'tab',
                name: page.name,
                onClick: (event) => {
                  event.preventDefault();
                  state.page = page.name;
                  state.redraw();
                },
              },
              page.label,
            ),
          ),
        ),
      ),
    ),
    h('div.o_notebook_content.tab-content', content),
  );
}

/** The arch attributes of a field's input; empty ones are left out. */
function inputAttrs(def) {
  return {
    placeholder: def.placeholder || null,
    title: def.title || null,
    'aria-label': def.ariaLabel || null,
  };
}

export function parseFloatInput(text) {
  const number = Number(String(text).replace(/,/g, '').trim());
  return Number.isFinite(number) && number >= 0 ? number : 0;
}

/** Dates are typed as MM/DD/YYYY, as the en_US client shows them. */
function parseTextInput(type, text) {
  if (type !== 'date' && type !== 'datetime') return text;
  const match = /^(\d{2})\/(\d{2})\/(\d{4})(.*)$/.exec(text.trim());
  return match ? `${match[3]}-${match[1]}-${match[2]}${match[4]}` : text;
}
