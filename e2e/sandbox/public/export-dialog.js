import { openDialog } from './dialogs.js';
import { h } from './dom.js';
import { notify } from './notifications.js';

/**
 * The Export Data dialog (`.modal-content.o_export_data_dialog`) and the download it triggers:
 * a POST of a `data` form field to `/web/export/<format>`, fetched and saved as a blob as
 * Odoo's `download()` helper does (no page navigation).
 */

const { document, fetch, URL, FormData } = globalThis;

/** Opens the dialog for `ids` of `model`; `fields` (`[{ name, label }]`) start selected. */
export function openExportDialog({ model, ids, fields }) {
  const chosen = [...fields];
  const state = { format: 'xlsx', importCompat: false };
  const list = h('ul.o_fields_list.list-unstyled');

  const drawChosen = () =>
    list.replaceChildren(
      ...chosen.map((field) =>
        h(
          'li.o_export_field.d-inline-block.w-100.o_export_field_sortable',
          { 'data-field_id': field.name },
          h('span.fa.fa-sort.o_sort_field.mx-1'),
          h('span', field.label),
          h('span.fa.fa-trash.m-1.pe-2.float-end.o_remove_field.cursor-pointer', {
            title: 'Remove field',
            onClick: () => {
              chosen.splice(chosen.indexOf(field), 1);
              drawChosen();
            },
          }),
        ),
      ),
    );
  drawChosen();

  const tree = fields.map((field) =>
    h(
      'div.o_export_tree_item.cursor-pointer.position-relative.ps-2',
      { 'data-field_id': field.name, role: 'treeitem' },
      h('span.overflow-hidden.w-100', field.label),
      h('span.fa.fa-plus.float-end.m-1.o_add_field', {
        title: 'Select field',
        onClick: () => {
          if (!chosen.includes(field)) chosen.push(field);
          drawChosen();
        },
      }),
    ),
  );

  const radio = (format, label) =>
    h(
      'div.radio.form-check-inline.ps-5',
      h('input.form-check-input', {
        type: 'radio',
        name: 'o_export_format_name',
        id: `o_radio${format}`,
        value: format,
        checked: state.format === format,
        onChange: () => (state.format = format),
      }),
      h('label.form-check-label.ms-1', { for: `o_radio${format}` }, label),
    );

  const body = h(
    'div.row.w-100',
    h(
      'div.o_left_panel.col-12.col-md-6.h-100.d-flex.flex-column.flex-nowrap',
      h(
        'div.o_import_compat',
        h(
          'div.o-checkbox.form-check.o_import_compat',
          h('input.form-check-input', {
            type: 'checkbox',
            id: 'o-update-data',
            onChange: (e) => (state.importCompat = e.target.checked),
          }),
          h(
            'label.form-check-label',
            { for: 'o-update-data' },
            'I want to update data (import-compatible export)',
          ),
        ),
      ),
      h('h4.mt-3', 'Available fields'),
      h('input.form-control.mb-3.o_export_search_input', {
        type: 'search',
        id: 'o-export-search-filter',
        placeholder: 'Search',
      }),
      h('div.o_left_field_panel.h-100.overflow-auto.border', h('div.o_field_tree_structure', tree)),
    ),
    h(
      'div.o_right_panel.col-12.col-md-6.h-100.d-flex.flex-column.flex-nowrap.mt-3.mt-md-0',
      h(
        'div.o_export_format',
        h('strong', 'Export Format:'),
        radio('xlsx', 'XLSX'),
        radio('csv', 'CSV'),
      ),
      h('div.mt-3', h('h4', 'Fields to export')),
      h('div.o_right_field_panel.h-100.px-2.overflow-auto.border', list),
    ),
  );

  const handle = openDialog({
    title: 'Export Data',
    contentClass: 'o_export_data_dialog',
    body,
    footer: [
      h(
        'button.btn.btn-primary.o_select_button',
        {
          'data-hotkey': 'v',
          onClick: () =>
            downloadExport({
              model,
              ids,
              fields: chosen,
              format: state.format,
              importCompat: state.importCompat,
            }),
        },
        'Export',
      ),
      h(
        'button.btn.o_form_button_cancel.btn-secondary',
        { 'data-hotkey': 'z', onClick: () => handle.close() },
        'Close',
      ),
    ],
  });
  return handle;
}

/** POSTs the export and saves the answer as a file. */
export async function downloadExport({
  model,
  ids,
  domain = [],
  fields,
  format = 'xlsx',
  importCompat = false,
}) {
  if (fields.length === 0) {
    notify({ type: 'danger', message: 'Please select fields to export...' });
    return;
  }
  const form = new FormData();
  form.append(
    'data',
    JSON.stringify({
      model,
      fields,
      ids,
      domain,
      import_compat: importCompat,
      context: {},
      groupby: [],
    }),
  );
  const response = await fetch(`/web/export/${format}`, { method: 'POST', body: form });
  if (!response.ok) {
    notify({ type: 'danger', message: await response.text() });
    return;
  }
  const url = URL.createObjectURL(await response.blob());
  const link = h('a.d-none', { href: url, download: `${model}.${format}` });
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
