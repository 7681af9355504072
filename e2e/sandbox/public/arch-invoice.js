import { h } from './dom.js';
import { byVersion, is17 } from './env.js';
import { formatFloat, formatMonetary, notebook } from './fields.js';
import { statusbar } from './view-widgets.js';
import { x2manyList } from './x2many.js';
import { callKw } from './rpc.js';

/** The customer invoice form (`account.move`, view `account.view_move_form`, js_class `account_move_form`). */

const STATES = ['draft', 'posted', 'cancel'];
const LABELS = { draft: 'Draft', posted: 'Posted', cancel: 'Cancelled' };
const RIBBONS = { paid: 'Paid', in_payment: 'In Payment', partial: 'Partial' };

export const invoiceArch = {
  rootClass: 'o_account_move_form_view',

  async loadOptions() {
    return { partners: await callKw('res.partner', 'name_search', [], { name: '' }) };
  },

  fields: (options) => ({
    name: { type: 'char', label: 'Number', readonly: true },
    partner_id: {
      type: 'many2one',
      widget: 'res_partner_many2one',
      label: 'Customer',
      options: options.partners,
    },
    invoice_date: { type: 'date', label: 'Invoice Date' },
    invoice_origin: { type: 'char', label: 'Source Document', readonly: true },
    amount_total: { type: 'monetary', label: 'Total', readonly: true },
    amount_residual: { type: 'monetary', label: 'Amount Due', readonly: true },
  }),

  readonly: (_name, data) => data.state !== 'draft',

  defaults: () => ({
    name: '/',
    move_type: 'out_invoice',
    partner_id: false,
    invoice_date: false,
    invoice_origin: '',
    state: 'draft',
    payment_state: 'not_paid',
    amount_total: 0,
    amount_residual: 0,
    invoice_line_ids: [],
  }),

  headerButtons(data) {
    if (!data.id) return [];
    if (data.state === 'draft') {
      return [
        { name: 'action_post', label: 'Confirm', primary: true, hotkey: 'q' },
        { name: 'button_cancel', label: 'Cancel', hotkey: 'x' },
      ];
    }
    if (data.state === 'cancel')
      return [{ name: 'button_draft', label: 'Reset to Draft', hotkey: 'r' }];

    const payable = ['not_paid', 'partial', ...(is17 ? [] : ['in_payment'])].includes(
      data.payment_state,
    );
    const pay = {
      name: 'action_register_payment',
      label: byVersion('Register Payment', 'Pay'),
      primary: true,
      hotkey: 'g',
      id: 'account_invoice_payment_btn',
    };
    return [
      {
        name: 'action_invoice_sent',
        label: byVersion('Send & Print', 'Send'),
        primary: true,
        hotkey: 'y',
      },
      payable ? pay : null,
      is17 ? null : { name: 'action_print_pdf', label: 'Print', primary: !payable },
      { name: 'preview_invoice', label: 'Preview', hotkey: 'o' },
      { name: 'action_reverse', label: 'Credit Note', hotkey: 'shift+n' },
      { name: 'button_draft', label: 'Reset to Draft', hotkey: 'r' },
    ].filter(Boolean);
  },

  statusbar: (data) =>
    statusbar({
      states: STATES.map((key) => ({ key, visible: key !== 'cancel' })),
      labels: LABELS,
      current: data.state,
      required: true,
    }),

  ribbon: (data) => (data.state === 'posted' ? (RIBBONS[data.payment_state] ?? null) : null),

  sheet(ui, record, state) {
    const data = record.data;
    return [
      h(
        'div.oe_title',
        h(
          'span.o_form_label',
          h(
            'div.o_field_widget.o_readonly_modifier.o_required_modifier.o_field_selection',
            { name: 'move_type' },
            h('span', 'Customer Invoice'),
          ),
        ),
        h(
          'h1',
          h(
            'div.o_field_widget.o_readonly_modifier.o_field_char',
            { name: 'name' },
            h('span', data.name === '/' ? 'Draft' : data.name),
          ),
        ),
      ),
      ui.group(['partner_id'], ['invoice_date', 'invoice_origin']),
      notebook(
        [
          {
            name: 'invoice_tab',
            label: 'Invoice Lines',
            content: () => [
              x2manyList({
                name: 'invoice_line_ids',
                widget: 'product_label_section_and_note_field_o2m',
                lines: data.invoice_line_ids,
                columns: [
                  {
                    name: 'product_id',
                    label: 'Product',
                    cell: (line) => line.product_id?.[1] ?? '',
                  },
                  { name: 'name', label: 'Label', cell: (line) => line.name },
                  {
                    name: 'quantity',
                    label: 'Quantity',
                    numeric: true,
                    cell: (line) => formatFloat(line.quantity),
                  },
                  {
                    name: 'price_unit',
                    label: 'Price',
                    numeric: true,
                    cell: (line) => formatFloat(line.price_unit),
                  },
                  {
                    name: 'price_subtotal',
                    label: 'Amount',
                    numeric: true,
                    cell: (line) => formatMonetary(line.price_subtotal),
                  },
                ],
              }),
              h(
                'div.o_sandbox_totals',
                h('span.o_form_label', 'Total: '),
                ui.field('amount_total'),
              ),
              data.state === 'posted'
                ? h(
                    'div.o_sandbox_totals',
                    h('span.o_form_label', 'Amount Due: '),
                    ui.field('amount_residual'),
                  )
                : null,
            ],
          },
          {
            name: 'other_info',
            label: 'Other Info',
            content: () => h('p.text-muted', 'Payment terms: Immediate'),
          },
        ],
        state,
      ),
    ];
  },
};
