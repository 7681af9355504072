import { cx, h } from './dom.js';
import { dropdown, dropdownItem } from './dropdown.js';
import { is17 } from './env.js';
import { overlayContainer } from './main-components.js';

/**
 * The list's search bar, as 17/18 render it: facets and the input in `div.o_searchview`; while
 * the user types, the quick-search items "Search <field> for: <text>" (17: `ul.o_searchview_
 * autocomplete > li.o_menu_item`; 18: a popover in the overlay container with `.o-dropdown-item`
 * entries); Enter or a click turns the text into a facet. The toggler next to it
 * (`.o_searchview_dropdown_toggler`) opens Filters and Favorites (`ir.filters`, named by users),
 * whose items are `.o_menu_item`s. A facet's value is the text typed, also its `title`.
 */

/**
 * `state`: `{ facets: [] }`, kept by the caller across redraws. `fields`: `[{ name, label }]`
 * searchable by text; `filters`: `[{ name, label }]` of the arch; `favorites`: `ir.filters`
 * records; `onChange()` after every change of the facets.
 */
export function searchBar({ state, fields, filters, favorites, onChange }) {
  state.facets ??= [];
  let autocomplete = null;

  const closeAutocomplete = () => {
    autocomplete?.remove();
    autocomplete = null;
  };
  const addFacet = (facet) => {
    closeAutocomplete();
    state.facets = [...state.facets.filter((other) => other.key !== facet.key), facet];
    onChange();
  };
  const searchFor = (field, text) =>
    addFacet({
      key: `field:${field.name}:${text}`,
      type: 'field',
      field,
      title: field.label,
      text,
    });

  const input = h('input.o_searchview_input.o_input.d-print-none.flex-grow-1.w-auto.border-0', {
    type: 'text',
    accesskey: 'Q',
    role: 'searchbox',
    placeholder: 'Search...',
    onInput: (event) => {
      closeAutocomplete();
      const text = event.target.value.trim();
      if (!text) return;
      autocomplete = quickSearchItems(fields, text, (field) => searchFor(field, text));
      if (is17) container.append(autocomplete);
      else overlayContainer().append(autocomplete);
      if (!is17) place(autocomplete, root);
    },
    onBlur: closeAutocomplete,
    onKeydown: (event) => {
      const text = event.target.value.trim();
      if (event.key === 'Enter' && text) searchFor(fields[0], text);
      if (event.key === 'Escape') closeAutocomplete();
      if (event.key === 'Backspace' && !event.target.value && state.facets.length > 0) {
        state.facets = state.facets.slice(0, -1);
        onChange();
      }
    },
  });

  const container = h(
    'div.o_searchview_input_container.d-flex.flex-grow-1.flex-wrap.gap-1.mw-100',
    state.facets.map((facet) =>
      facetElement(facet, () => {
        state.facets = state.facets.filter((other) => other !== facet);
        onChange();
      }),
    ),
    input,
  );

  const root = h(
    'div.o_cp_searchview.d-flex.input-group',
    { role: 'search' },
    h(
      'div.o_searchview.form-control.d-print-contents.d-flex.align-items-center.py-1.border-end-0',
      { role: 'search', 'aria-autocomplete': 'list' },
      h('i.o_searchview_icon.oi.oi-search.me-2', { role: 'img', 'aria-label': 'Search...' }),
      container,
    ),
    searchPanel({ filters, favorites, addFacet }),
  );
  return root;
}

/** The facets' filter: does `record` match every facet? */
export function matchesFacets(record, facets = []) {
  return facets.every((facet) => {
    if (facet.type === 'field') {
      const raw = record[facet.field.name];
      const text = Array.isArray(raw) ? raw[1] : raw;
      return String(text ?? '')
        .toLowerCase()
        .includes(facet.text.toLowerCase());
    }
    return facet.domain.every((leaf) => matchLeaf(record, leaf));
  });
}

function quickSearchItems(fields, text, onSelect) {
  const content = (field) =>
    h(
      'a',
      {
        href: '#',
        // Keeps the focus in the input, whose blur closes the items.
        onMousedown: (event) => event.preventDefault(),
        onClick: (event) => {
          event.preventDefault();
          onSelect(field);
        },
      },
      'Search ',
      h('b', field.label),
      ' for: ',
      h('b.fst-italic.text-primary', text),
    );
  if (is17) {
    return h(
      'ul.o_searchview_autocomplete.dropdown-menu.show',
      { role: 'menu' },
      fields.map((field, index) =>
        h(
          'li.o_menu_item.dropdown-item',
          { id: `${index + 1}`, class: cx({ focus: index === 0 }) },
          content(field),
        ),
      ),
    );
  }
  return h(
    'div.o-overlay-item',
    h(
      'div.o_popover.popover.mw-100.o-dropdown--menu.dropdown-menu.o_searchview_autocomplete',
      { role: 'menu' },
      fields.map((field, index) =>
        h(
          'span.o-dropdown-item.dropdown-item.o-navigable',
          { role: 'menuitem', id: `${index + 1}`, class: cx({ focus: index === 0 }) },
          content(field),
        ),
      ),
    ),
  );
}

function facetElement(facet, onRemove) {
  const values = facet.type === 'field' ? [facet.text] : facet.values;
  const icon = { filter: 'fa-filter', favorite: 'fa-star' }[facet.type];
  return h(
    'div.o_searchview_facet.position-relative.d-inline-flex.align-items-stretch.rounded-2.bg-200.text-nowrap.mw-100',
    { role: is17 ? 'img' : 'listitem', 'aria-label': 'search', tabindex: '0' },
    h(
      'div.o_searchview_facet_label.position-relative.rounded-start-2.px-1.btn.btn-primary',
      { role: 'img' },
      icon ? h(`i.small.fa-fw.fa.${icon}`, { role: 'image' }) : h('small.px-1', facet.title),
    ),
    h(
      'div.o_facet_values.position-relative.d-flex.flex-wrap.align-items-center.ps-2.rounded-end-2',
      values.map((value, index) => [
        index > 0 ? h('em.o_facet_values_sep.small.fw-bold.mx-1.opacity-50', 'or') : null,
        h('small.o_facet_value.text-truncate', { title: value }, value),
      ]),
      h('button.o_facet_remove.oi.oi-close.btn.btn-link.py-0.px-2.text-danger.d-print-none', {
        role: 'button',
        'aria-label': 'Remove',
        title: 'Remove',
        onClick: onRemove,
      }),
    ),
  );
}

/** The toggler and its menu: the arch's filters, then the user's favorites. */
function searchPanel({ filters, favorites, addFacet }) {
  return dropdown({
    wrapperClass: 'd-flex',
    toggleClass:
      'o_searchview_dropdown_toggler d-print-none btn btn-outline-secondary o-dropdown-caret rounded-start-0',
    toggleAttrs: { title: 'Toggle Search Panel', 'data-hotkey': 'shift+q' },
    toggleContent: h('i.fa.fa-caret-down'),
    menuClass: 'o_search_bar_menu d-flex flex-wrap flex-lg-nowrap w-100 w-md-auto mt-2 py-3',
    items: () => [
      h(
        'div.o_dropdown_container.o_filter_menu.px-3',
        h(
          'div.px-3.fs-5.mb-2',
          h('i.me-2.text-primary.fa.fa-filter'),
          h('h5.o_dropdown_title.d-inline', 'Filters'),
        ),
        filters.map((filter) =>
          dropdownItem(
            'span',
            {
              class: 'o_menu_item text-truncate',
              onSelect: () =>
                addFacet({
                  key: `filter:${filter.name}`,
                  type: 'filter',
                  values: [filter.label],
                  domain: filter.domain,
                }),
            },
            filter.label,
          ),
        ),
      ),
      h(
        'div.o_dropdown_container.o_favorite_menu.px-3',
        h(
          'div.px-3.fs-5.mb-2',
          h('i.me-2.fa.fa-star'),
          h('h5.o_dropdown_title.d-inline', 'Favorites'),
        ),
        favorites.map((favorite) =>
          dropdownItem(
            'span',
            {
              class: 'o_menu_item text-truncate',
              onSelect: () =>
                addFacet({
                  key: `favorite:${favorite.id}`,
                  type: 'favorite',
                  values: [favorite.name],
                  domain: favorite.domain,
                }),
            },
            h(
              'span.d-flex.p-0.align-items-center.justify-content-between',
              h('span.text-truncate.flex-grow-1', favorite.name),
              h('i.ms-1.fa.fa-trash-o', { title: 'Delete item' }),
            ),
          ),
        ),
      ),
    ],
  });
}

/** 18 shows the quick-search popover right under the search bar. */
function place(popover, anchor) {
  const rect = anchor.getBoundingClientRect();
  popover.firstElementChild.setAttribute(
    'style',
    `position: fixed; top: ${Math.round(rect.bottom)}px; left: ${Math.round(rect.left)}px; min-width: ${Math.round(rect.width)}px;`,
  );
}

function matchLeaf(record, [field, operator, expected]) {
  const raw = record[field];
  const value = Array.isArray(raw) && raw.length === 2 ? raw[0] : raw;
  if (operator === '=') return value === expected;
  if (operator === '!=') return value !== expected;
  if (operator === 'in') return Array.isArray(expected) && expected.includes(value);
  if (operator === 'not in') return Array.isArray(expected) && !expected.includes(value);
  return true;
}
