import { cx, h } from './dom.js';
import { formatFloat, parseFloatInput } from './fields.js';

/** One2many fields inside forms, as embedded lists with a few editable cells. */

/**
 * A one2many field rendered as an embedded list: `div[name].o_field_widget.o_field_one2many >
 * div.o_list_view.o_field_x2many > ... table.o_list_table > tr.o_data_row > td.o_data_cell[name]`
 * (`data-tooltip` repeats a text cell).
 * `columns`: `[{ name, label, numeric, cell(line) }]`, `cell` returning text or a node.
 */
export function x2manyList({ name, widget, columns, lines }) {
  return h(
    'div.o_field_widget',
    { name, class: cx(widget ? `o_field_${widget}` : null, 'o_field_one2many') },
    h(
      'div.o_list_view.o_field_x2many.o_field_x2many_list',
      h(
        'div.o_list_renderer.o_renderer.table-responsive',
        h(
          'table.o_list_table.table.table-sm.table-hover.position-relative.mb-0.o_list_table_ungrouped.table-striped',
          h(
            'thead',
            h(
              'tr',
              columns.map((column) =>
                h(
                  'th.align-middle.o_column_sortable.position-relative.cursor-pointer',
                  { class: column.numeric ? 'o_list_number_th' : '' },
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
            lines.map((line, index) =>
              h(
                'tr.o_data_row',
                { 'data-id': `datapoint_${index + 2}` },
                columns.map((column) => {
                  const content = column.cell(line);
                  return h(
                    'td.o_data_cell.cursor-pointer.o_field_cell',
                    {
                      name: column.name,
                      class: column.numeric ? 'o_list_number' : 'o_list_char',
                      // 17/18 repeat a text cell's value as its tooltip.
                      'data-tooltip': typeof content === 'string' && content ? content : null,
                    },
                    content,
                  );
                }),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

/** An editable number inside a list cell: `div[name].o_field_widget.o_field_float > input`. */
export function lineNumberInput(record, field, line, name) {
  return h(
    'div.o_field_widget.o_field_float',
    { name },
    h('input.o_input', {
      type: 'text',
      inputmode: 'decimal',
      'aria-label': name,
      value: formatFloat(record.lineValue(field, line, name)),
      onChange: (event) =>
        record.setLineValue(field, line.id, name, parseFloatInput(event.target.value)),
    }),
  );
}

/** An editable text inside a list cell (lot names). */
export function lineTextInput(record, field, line, name, widget = 'char') {
  return h(
    'div.o_field_widget',
    { name, class: `o_field_${widget}` },
    h('input.o_input', {
      type: 'text',
      'aria-label': name,
      value: record.lineValue(field, line, name) ?? '',
      onChange: (event) => record.setLineValue(field, line.id, name, event.target.value.trim()),
    }),
  );
}
