import { h } from './dom.js';

/**
 * The many2many tags widget (`div[name].o_field_widget.o_field_many2many_tags`): one
 * `span.o_tag.badge` per linked record, titled with its name, and an autocomplete input that
 * links an existing tag by its exact name or creates a new one (Enter or leaving the input).
 */

/**
 * The value of an edited tags field: the tags shown. Sent to the server as Odoo's many2many
 * commands, `[6, 0, ids]` for the existing tags and `[0, 0, {name}]` for each new one.
 */
export class TagSelection {
  /** `tags`: `[{ id, display_name, color }]`, `id` null for a tag to create. */
  constructor(tags) {
    this.tags = tags;
  }

  toJSON() {
    const ids = this.tags.filter((tag) => tag.id !== null).map((tag) => tag.id);
    const created = this.tags
      .filter((tag) => tag.id === null)
      .map((tag) => [0, 0, { name: tag.display_name }]);
    return [[6, 0, ids], ...created];
  }
}

/**
 * Body of the widget. `value`: the record's tags (array from the server, or a TagSelection);
 * `options`: every tag `[{ id, display_name, color }]`; `onChange(selection)` after an edit.
 */
export function tagsBody({ id, value, options = [], readonly, inputAttrs = {}, onChange }) {
  const tags = value instanceof TagSelection ? value.tags : Array.isArray(value) ? value : [];
  const set = (next) => onChange(new TagSelection(next));

  const badges = tags.map((tag) =>
    h(
      'span.o_tag.position-relative.d-inline-flex.align-items-center.user-select-none.mw-100.o_badge.badge.rounded-pill.lh-1',
      { class: `o_tag_color_${tag.color ?? 0}`, tabindex: '-1', title: tag.display_name },
      h('div.o_tag_badge_text.text-truncate', tag.display_name),
      readonly
        ? null
        : h(
            'a.o_delete.d-flex.align-items-center.opacity-100-hover.ps-1.opacity-75',
            {
              href: '#',
              title: 'Delete',
              'aria-label': 'Delete',
              tabindex: '-1',
              onClick: (event) => {
                event.preventDefault();
                set(tags.filter((other) => other !== tag));
              },
            },
            h('i.oi.oi-close.align-text-top'),
          ),
    ),
  );
  if (readonly) return h('div.o_field_tags.d-inline-flex.flex-wrap.gap-1.mw-100', badges);

  const add = (input) => {
    const name = input.value.trim();
    if (!name) return;
    input.value = '';
    if (tags.some((tag) => tag.display_name.toLowerCase() === name.toLowerCase())) return;
    const known = options.find((tag) => tag.display_name.toLowerCase() === name.toLowerCase());
    set([...tags, known ?? { id: null, display_name: name, color: 0 }]);
  };

  return h(
    'div.o_field_tags.d-inline-flex.flex-wrap.gap-1.mw-100.o_tags_input.o_input',
    badges,
    h(
      'div.o_field_many2many_selection.d-inline-flex.w-100',
      h(
        'div.o_input_dropdown',
        h(
          'div.o-autocomplete.dropdown',
          h('input.o-autocomplete--input.o_input', {
            ...inputAttrs,
            type: 'text',
            id,
            autocomplete: 'off',
            list: `${id}_options`,
            onKeydown: (event) => {
              if (event.key !== 'Enter') return;
              event.preventDefault();
              add(event.target);
            },
            onChange: (event) => add(event.target),
          }),
          h(
            'datalist',
            { id: `${id}_options` },
            options.map((tag) => h('option', { value: tag.display_name })),
          ),
        ),
      ),
    ),
  );
}
