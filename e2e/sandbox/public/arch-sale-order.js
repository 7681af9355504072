import { h } from './dom.js';
import { formatFloat, formatMonetary, notebook } from './fields.js';
import { statusbar } from './view-widgets.js';
import { x2manyList } from './x2many.js';
import { INVOICE_WIZARD_ACTION } from './registry.js';
import { VERSION } from './env.js';
import { callKw } from './rpc.js';

/** The quotation / sales order form (`sale.order`, view `sale.view_order_form`, class `o_sale_order`). */

const STATES = ['draft', 'sent', 'sale', 'cancel'];
const LABELS = {
  draft: 'Quotation',
  sent: 'Quotation Sent',
  sale: 'Sales Order',
  cancel: 'Cancelled',
};

const isLocked = (data) => data.state === 'sale' || data.state === 'cancel';

/** Fields a confirmed order still lets the user change, as Odoo's sale form does. */
const EDITABLE_WHEN_LOCKED = ['note', 'tag_ids', 'internal_note', 'client_order_ref'];

export const saleOrderArch = {
  rootClass: 'o_sale_order',

  chatter: true,

  async loadOptions() {
    const [partners, tags] = await Promise.all([
      callKw('res.partner', 'name_search', [], { name: '' }),
      callKw('crm.tag', 'web_search_read', [], { domain: [] }),
    ]);
    return { partners, tags: tags.records };
  },

  fields: (options) => ({
    name: { type: 'char', label: 'Order Reference', readonly: true },
    partner_id: {
      type: 'many2one',
      widget: 'res_partner_many2one',
      label: 'Customer',
      required: true,
      options: options.partners,
    },
    validity_date: { type: 'date', label: 'Expiration' },
    date_order: { type: 'datetime', label: 'Order Date', readonly: true },
    user_id: {
      type: 'many2one',
      widget: 'many2one_avatar_user',
      label: 'Salesperson',
      readonly: true,
    },
    note: { type: 'text', label: 'Terms and conditions' },
    amount_total: { type: 'monetary', label: 'Total', readonly: true },
    tag_ids: { type: 'many2many', widget: 'many2many_tags', label: 'Tags', options: options.tags },
    client_order_ref: { type: 'char', label: 'Customer Reference' },
    email_from: { type: 'char', widget: 'email', label: 'Email' },
    phone: { type: 'char', widget: 'phone', label: 'Phone' },
    access_code: { type: 'char', label: 'Portal Access Code', password: true },
    commitment_date: { type: 'datetime', label: 'Delivery Date' },
    shipping_weight: { type: 'float', label: 'Shipping Weight' },
    deposit_amount: { type: 'monetary', label: 'Deposit' },
    internal_note: { type: 'html', label: 'Internal Notes' },
  }),

  readonly: (name, data) => isLocked(data) && !EDITABLE_WHEN_LOCKED.includes(name),

  hiddenInputs: (data) => (data.id ? { access_token: data.access_token ?? '' } : {}),

  defaults: () => ({
    name: 'New',
    partner_id: false,
    validity_date: '',
    date_order: new Date().toISOString().slice(0, 19).replace('T', ' '),
    user_id: false,
    state: 'draft',
    invoice_status: 'no',
    note: '',
    amount_total: 0,
    invoice_count: 0,
    order_line: [],
    tag_ids: [],
    client_order_ref: '',
    email_from: '',
    phone: '',
    access_code: '',
    commitment_date: false,
    shipping_weight: 0,
    deposit_amount: 0,
    internal_note: '',
    message_ids: [],
  }),

  headerButtons(data) {
    const send = {
      name: 'action_quotation_send',
      label: 'Send by Email',
      hotkey: 'g',
      id: 'send_by_email',
    };
    const preview = { name: 'action_preview_sale_order', label: 'Preview' };
    const cancel = { name: 'action_cancel', label: 'Cancel', hotkey: 'x' };
    if (!data.id) return [];
    if (data.state === 'draft') {
      return [
        { ...send, primary: true, id: 'send_by_email_primary' },
        { name: 'action_confirm', label: 'Confirm', hotkey: 'q' },
        preview,
        cancel,
      ];
    }
    if (data.state === 'sent') {
      return [
        {
          name: 'action_confirm',
          label: 'Confirm',
          primary: true,
          hotkey: 'q',
          id: 'action_confirm',
        },
        send,
        preview,
        cancel,
      ];
    }
    if (data.state === 'sale') {
      const invoice =
        data.invoice_status === 'to invoice'
          ? [
              {
                name: String(INVOICE_WIZARD_ACTION.ids[VERSION]),
                type: 'action',
                label: 'Create Invoice',
                primary: true,
                hotkey: 'q',
                id: 'create_invoice',
              },
            ]
          : [];
      return [...invoice, send, preview, cancel];
    }
    return [{ name: 'action_draft', label: 'Set to Quotation', hotkey: 'w' }];
  },

  statusbar: (data) =>
    statusbar({
      states: STATES.map((key) => ({ key, visible: key !== 'cancel' })),
      labels: LABELS,
      current: data.state,
    }),

  smartButtons: (data) =>
    data.invoice_count > 0
      ? [
          {
            name: 'action_view_invoice',
            icon: 'fa-pencil-square-o',
            label: 'Invoices',
            value: data.invoice_count,
          },
        ]
      : [],

  sheet(ui, record, state) {
    const lines = record.data.order_line;
    return [
      h('div.oe_title', h('h1', ui.field('name'))),
      ui.group(['partner_id'], ['validity_date', 'date_order']),
      notebook(
        [
          {
            name: 'order_lines',
            label: 'Order Lines',
            content: () => [
              x2manyList({
                name: 'order_line',
                widget: 'sol_o2m',
                lines,
                columns: [
                  {
                    name: 'product_template_id',
                    label: 'Product',
                    cell: (line) => line.product_id?.[1] ?? '',
                  },
                  { name: 'name', label: 'Description', cell: (line) => line.name },
                  {
                    name: 'product_uom_qty',
                    label: 'Quantity',
                    numeric: true,
                    cell: (line) => formatFloat(line.product_uom_qty),
                  },
                  {
                    name: 'price_unit',
                    label: 'Unit Price',
                    numeric: true,
                    cell: (line) => formatFloat(line.price_unit),
                  },
                  {
                    name: 'price_subtotal',
                    label: 'Tax excl.',
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
              ui.field('note'),
            ],
          },
          {
            name: 'other_information',
            label: 'Other Info',
            content: () => [
              ui.group(
                ['user_id', 'tag_ids', 'client_order_ref', 'access_code'],
                ['email_from', 'phone', 'commitment_date', 'shipping_weight', 'deposit_amount'],
              ),
              h('div.o_sandbox_html_field', ui.label('internal_note'), ui.field('internal_note')),
            ],
          },
        ],
        state,
      ),
    ];
  },
};
