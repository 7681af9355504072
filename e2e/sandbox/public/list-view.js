import { cogMenu, controlPanel } from './control-panel.js';
import { openConfirmation, openErrorDialog } from './dialogs.js';
import { cx, h } from './dom.js';
import { dropdown, dropdownItem } from './dropdown.js';
import { is17 } from './env.js';
import { downloadExport, openExportDialog } from './export-dialog.js';
import { LISTS, cell } from './list-arches.js';
import { ACTIONS } from './registry.js';
import { RpcError, callKw } from './rpc.js';
import { SEARCH_ARCHES } from './search-arches.js';
import { matchesFacets, searchBar } from './search-bar.js';

/**
 * The list view: `table.o_list_table` with `tr.o_data_row > td.o_data_cell[name]`, row selection
 * checkboxes, the selection box with the Actions menu (Export, Delete), the cog menu (Import
 * records, Export All) and the search bar (search-bar.js). Clicking a row opens the record in
 * the action's form.
 */

export async function mountList(controller, env) {
  const action = ACTIONS[controller.action];
  const spec = LISTS[action.model];
  const [{ records }, { records: favorites }] = await Promise.all([
    callKw(action.model, 'web_search_read', [], {
      domain: action.domain ?? [],
      limit: 80,
      offset: 0,
    }),
    callKw('ir.filters', 'web_search_read', [], { domain: [['model_id', '=', action.model]] }),
  ]);
  const search = SEARCH_ARCHES[action.model];

  controller.displayName = action.name;
  controller.selection ??= new Set();
  const root = h('div.o_list_view', { class: cx(spec.rootClass, 'o_view_controller o_action') });
  const exportFields = spec.columns.map((column) => ({
    name: column.field ?? column.name,
    label: column.label,
  }));

  const visible = () =>
    records.filter((record) => matchesFacets(record, controller.searchState?.facets));

  function toggle(id, on) {
    if (on) controller.selection.add(id);
    else controller.selection.delete(id);
    refreshSelection();
  }

  const rowIds = new Map();

  function draw() {
    const rows = visible();
    rowIds.clear();
    root.replaceChildren(panel(rows), h('div.o_content', table(rows)));
  }

  /** Selection changes patch the rows in place (as Owl does) and rebuild only the panel. */
  function refreshSelection() {
    const rows = visible();
    root.firstElementChild.replaceWith(panel(rows));
    for (const [row, id] of rowIds) {
      const on = controller.selection.has(id);
      row.classList.toggle('o_data_row_selected', on);
      row.querySelector('.o_list_record_selector input').checked = on;
    }
    const all = root.querySelector('thead .o_list_record_selector input');
    if (all)
      all.checked = rows.length > 0 && rows.every((record) => controller.selection.has(record.id));
  }

  function panel(rows) {
    const selected = rows.filter((record) => controller.selection.has(record.id));
    return controlPanel({
      breadcrumbs: [...env.breadcrumbs, { name: action.name }],
      mainButtons: () => [
        h(
          'button.btn.btn-primary.o_list_button_add',
          { type: 'button', 'data-hotkey': 'c', onClick: () => env.openRecord('new', []) },
          'New',
        ),
        is17
          ? null
          : h('div.o_list_buttons.d-flex.gap-1.d-empty-none.align-items-baseline', {
              role: 'toolbar',
              'aria-label': 'Main actions',
            }),
      ],
      breadcrumbActions: cogMenu(() => [
        h('div.dropdown-divider', { role: 'separator' }),
        dropdownItem(
          'span',
          {
            class: 'o_import_menu',
            onSelect: () => env.doAction('import', { activeModel: action.model }),
          },
          h('i.fa.fa-fw.fa-download.me-1'),
          'Import records',
        ),
        dropdownItem(
          'span',
          {
            class: 'o_export_all_menu',
            onSelect: () =>
              downloadExport({
                model: action.model,
                ids: false,
                domain: action.domain ?? [],
                fields: exportFields,
                format: 'xlsx',
              }),
          },
          h('i.fa.fa-fw.fa-upload.me-1'),
          'Export All',
        ),
      ]),
      actions: selected.length > 0 ? selectionActions(selected) : searchView(),
      pager: { value: rows.length ? `1-${rows.length}` : '0', limit: rows.length },
      // Only the list is implemented for these actions: the other switcher buttons do nothing.
      switcher: {
        views: action.views.filter((view) => view !== 'form'),
        active: 'list',
        onSwitch: () => {},
      },
    });
  }

  function selectionActions(selected) {
    const ids = selected.map((record) => record.id);
    const count = is17
      ? h(
          'div.o_list_selection_box.list-group.flex-row.w-auto',
          { role: 'alert' },
          h(
            'span.list-group-item.active.d-flex.align-items-center.pe-0.py-0.rounded-1.gap-1.flex-grow-1',
            h('b', selected.length),
            ' selected',
            h(
              'a.o_list_unselect_all.btn.btn-link.ms-auto.border-0',
              {
                href: '#',
                onClick: (e) => {
                  e.preventDefault();
                  controller.selection.clear();
                  refreshSelection();
                },
              },
              h('i.oi.oi-close'),
            ),
          ),
        )
      : h(
          'div.o_list_selection_container.m-1.m-md-0.d-flex.gap-1',
          h(
            'div.o_list_selection_box.list-group.flex-row.w-auto',
            { role: 'alert' },
            h(
              'span.list-group-item.active.d-flex.align-items-center.pe-0.py-0.rounded-1.gap-1.flex-grow-1',
              h('b', selected.length),
              ' selected',
              h(
                'button.o_list_unselect_all.btn.btn-link.ms-auto.border-0',
                {
                  title: 'Unselect All',
                  onClick: () => {
                    controller.selection.clear();
                    refreshSelection();
                  },
                },
                h('i.oi.oi-close'),
              ),
            ),
          ),
        );

    const menu = dropdown({
      wrapperClass: 'd-inline-block',
      wrapper18: 'div.d-inline-block',
      toggleClass: 'btn btn-secondary',
      toggleAttrs: { 'data-hotkey': 'u' },
      toggleContent: [h('i.fa.fa-cog.me-1'), h('span.o_dropdown_title', 'Actions')],
      items: () => [
        dropdownItem(
          'span',
          {
            class: 'o_menu_item',
            onSelect: () => openExportDialog({ model: action.model, ids, fields: exportFields }),
          },
          h('i.fa.fa-upload.me-1.fa-fw.oi-fw'),
          'Export',
        ),
        action.model === 'sale.order'
          ? dropdownItem(
              'span',
              { class: 'o_menu_item', onSelect: () => confirmDelete(ids) },
              h('i.fa.fa-trash-o.me-1.fa-fw.oi-fw'),
              'Delete',
            )
          : null,
      ],
    });
    return [count, h('div.o_cp_action_menus.d-flex.pe-2.gap-1', menu)];
  }

  function confirmDelete(ids) {
    openConfirmation({
      title: 'Bye-bye, record!',
      body:
        ids.length > 1
          ? 'Are you sure you want to delete these records?'
          : 'Are you sure you want to delete this record?',
      confirmLabel: 'Delete',
      cancelLabel: 'No, keep it',
      onConfirm: async () => {
        try {
          await callKw(action.model, 'unlink', [ids]);
        } catch (error) {
          if (!(error instanceof RpcError)) throw error;
          openErrorDialog(error);
          return;
        }
        controller.selection.clear();
        await env.reload();
      },
    });
  }

  function searchView() {
    return searchBar({
      state: (controller.searchState ??= {}),
      fields: search.fields,
      filters: search.filters,
      favorites,
      onChange: draw,
    });
  }

  function table(rows) {
    const allSelected =
      rows.length > 0 && rows.every((record) => controller.selection.has(record.id));
    return h(
      'div.o_list_renderer.o_renderer.table-responsive',
      h(
        'table.o_list_table.table.table-sm.table-hover.position-relative.mb-0.o_list_table_ungrouped.table-striped',
        h(
          'thead',
          h(
            'tr',
            h(
              'th.o_list_record_selector.o_list_controller.align-middle.pe-1.cursor-pointer',
              checkbox('checkbox-comp-1', allSelected, (on) => {
                for (const record of rows) {
                  if (on) controller.selection.add(record.id);
                  else controller.selection.delete(record.id);
                }
                refreshSelection();
              }),
            ),
            spec.columns.map((column) =>
              h(
                'th.align-middle.o_column_sortable.position-relative.cursor-pointer',
                { class: column.type === 'monetary' ? 'o_list_number_th' : '' },
                h(
                  'div.d-flex',
                  h('span.d-block.min-w-0.text-truncate.flex-grow-1.flex-shrink-1', column.label),
                ),
              ),
            ),
          ),
        ),
        h(
          'tbody',
          rows.map((record, index) => {
            const selected = controller.selection.has(record.id);
            const row = h(
              'tr.o_data_row',
              {
                class: selected ? 'o_data_row_selected' : '',
                'data-id': `datapoint_${index + 2}`,
                onClick: (event) => {
                  if (event.target.closest('.o_list_record_selector')) return;
                  env.openRecord(
                    record.id,
                    rows.map((r) => r.id),
                  );
                },
              },
              h(
                'td.o_list_record_selector.user-select-none',
                checkbox(`checkbox-comp-${index + 2}`, selected, (on) => toggle(record.id, on)),
              ),
              spec.columns.map((column) => cell(column, record)),
            );
            rowIds.set(row, record.id);
            return row;
          }),
        ),
      ),
    );
  }

  draw();
  return root;
}

function checkbox(id, checked, onToggle) {
  return h(
    'div.o-checkbox.form-check',
    h('input.form-check-input', {
      type: 'checkbox',
      id,
      checked,
      onChange: (event) => onToggle(event.target.checked),
    }),
    h('label.form-check-label', { for: id }),
  );
}
