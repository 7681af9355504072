import { h } from './dom.js';
import { byVersion } from './env.js';
import { formatFloat, notebook } from './fields.js';
import { statusbar } from './view-widgets.js';
import { lineNumberInput, lineTextInput, x2manyList } from './x2many.js';
import { callKw } from './rpc.js';

/** The transfer form (`stock.picking`, view `stock.view_picking_form`) of 17/18. */

const STATES = ['draft', 'waiting', 'confirmed', 'assigned', 'done', 'cancel'];
const LABELS = {
  draft: 'Draft',
  waiting: 'Waiting Another Operation',
  confirmed: 'Waiting',
  assigned: 'Ready',
  done: 'Done',
  cancel: 'Cancelled',
};

const isClosed = (data) => data.state === 'done' || data.state === 'cancel';

export const pickingArch = {
  rootClass: '',
  chatter: true,

  async loadOptions() {
    return { partners: await callKw('res.partner', 'name_search', [], { name: '' }) };
  },

  fields: (options, data) => ({
    name: { type: 'char', label: 'Reference', readonly: true },
    partner_id: {
      type: 'many2one',
      label: data.picking_type_code === 'outgoing' ? 'Delivery Address' : 'Receive From',
      options: options.partners,
    },
    picking_type_id: { type: 'many2one', label: 'Operation Type', required: true, readonly: true },
    scheduled_date: { type: 'datetime', label: 'Scheduled Date', required: true },
    origin: { type: 'char', label: 'Source Document' },
    note: { type: 'text', label: 'Note' },
  }),

  readonly: (_name, data) => isClosed(data),

  defaults: () => ({
    name: '/',
    partner_id: false,
    picking_type_id: [1, 'Lumen Main: Receipts'],
    picking_type_code: 'incoming',
    scheduled_date: new Date().toISOString().slice(0, 19).replace('T', ' '),
    origin: '',
    state: 'draft',
    note: '',
    move_ids: [],
  }),

  headerButtons(data) {
    const cancel = { name: 'action_cancel', label: 'Cancel', hotkey: 'x' };
    const validateSecondary = {
      name: 'button_validate',
      label: 'Validate',
      hotkey: 'v',
      className: 'o_btn_validate',
    };
    if (!data.id) return [];
    if (data.state === 'draft') {
      return [
        { name: 'action_confirm', label: 'Mark as Todo', primary: true, hotkey: 'q' },
        validateSecondary,
        cancel,
      ];
    }
    if (data.state === 'confirmed' || data.state === 'waiting') {
      return [
        { name: 'action_assign', label: 'Check Availability', primary: true, hotkey: 'w' },
        validateSecondary,
        cancel,
      ];
    }
    if (data.state === 'assigned') {
      return [
        { name: 'button_validate', label: 'Validate', primary: true, hotkey: 'v' },
        { name: 'do_print_picking', label: 'Print', hotkey: 'o' },
        cancel,
      ];
    }
    return [];
  },

  statusbar(data) {
    const visible =
      data.picking_type_code === 'incoming'
        ? ['draft', 'assigned', 'done']
        : ['draft', 'confirmed', 'assigned', 'done'];
    return statusbar({
      states: STATES.map((key) => ({ key, visible: visible.includes(key) })),
      labels: LABELS,
      current: data.state,
    });
  },

  smartButtons: (data) =>
    data.id
      ? [
          {
            name: 'action_detailed_operations',
            icon: 'fa-bars',
            label: byVersion('Detailed Operations', 'Moves'),
          },
        ]
      : [],

  sheet(ui, record, state) {
    const data = record.data;
    return [
      h(
        'div.oe_title',
        h(
          'h1.d-flex',
          h(
            'div.o_field_widget.o_field_priority.me-3',
            { name: 'priority' },
            h(
              'div.o_priority',
              { role: 'radiogroup', name: 'priority', 'aria-label': 'Priority' },
              h('a.o_priority_star.fa.fa-star-o', {
                href: '#',
                role: 'radio',
                'data-tooltip': 'Priority: Urgent',
                'aria-checked': 'false',
                'aria-label': 'Urgent',
                onClick: (e) => e.preventDefault(),
              }),
            ),
          ),
          ui.field('name'),
        ),
      ),
      ui.group(['partner_id', 'picking_type_id'], ['scheduled_date', 'origin']),
      notebook(
        [
          { name: 'operations', label: 'Operations', content: () => movesList(record) },
          {
            name: 'extra',
            label: 'Additional Info',
            content: () =>
              h('div.o_group', h('p.text-muted', `Company: ${data.company_id?.[1] ?? ''}`)),
          },
          { name: 'note', label: 'Note', content: () => ui.field('note') },
        ],
        state,
      ),
    ];
  },
};

function movesList(record) {
  const data = record.data;
  const editable = !isClosed(data);
  const tracked = data.move_ids.some((move) => move.has_tracking === 'lot');
  const field = 'move_ids';
  const columns = [
    { name: 'product_id', label: 'Product', cell: (move) => move.product_id[1] },
    {
      name: 'product_uom_qty',
      label: 'Demand',
      numeric: true,
      cell: (move) => formatFloat(move.product_uom_qty),
    },
    tracked && {
      name: 'lot_ids',
      label: 'Lot/Serial Numbers',
      cell: (move) => {
        if (move.has_tracking !== 'lot') return '';
        return editable
          ? lineTextInput(record, field, move, 'lot_name', 'many2many_tags')
          : move.lot_name;
      },
    },
    {
      name: 'quantity',
      label: 'Quantity',
      numeric: true,
      cell: (move) =>
        editable ? lineNumberInput(record, field, move, 'quantity') : formatFloat(move.quantity),
    },
  ].filter(Boolean);

  return x2manyList({
    name: 'move_ids_without_package',
    widget: 'stock_move_one2many',
    columns,
    lines: data.move_ids,
  });
}
