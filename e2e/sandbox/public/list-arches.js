import { cx, h } from './dom.js';
import { byVersion } from './env.js';
import { formatDate, formatMonetary } from './fields.js';

/** What each model's list shows: its root classes, its columns and how a cell is drawn. */

const BADGES = {
  draft: 'text-bg-300',
  assigned: 'text-bg-info',
  confirmed: 'text-bg-warning',
  waiting: 'text-bg-warning',
  done: 'text-bg-success',
  cancel: 'text-bg-danger',
  sent: 'text-bg-info',
  sale: 'text-bg-success',
  posted: 'text-bg-success',
  paid: 'text-bg-success',
  not_paid: 'text-bg-danger',
  partial: 'text-bg-info',
};

export const LISTS = {
  'stock.picking': {
    rootClass: byVersion('', 'o_stock_list_view_view'),
    columns: [
      { name: 'name', label: 'Reference', type: 'char', bold: true },
      { name: 'partner_id', label: 'Contact', type: 'many2one' },
      { name: 'scheduled_date', label: 'Scheduled Date', type: 'date' },
      { name: 'origin', label: 'Source Document', type: 'char' },
      { name: 'company_id', label: 'Company', type: 'many2one' },
      {
        name: 'state',
        label: 'Status',
        type: 'badge',
        labels: {
          draft: 'Draft',
          waiting: 'Waiting Another Operation',
          confirmed: 'Waiting',
          assigned: 'Ready',
          done: 'Done',
          cancel: 'Cancelled',
        },
      },
    ],
  },
  'sale.order': {
    rootClass: byVersion('o_sale_order', 'o_sale_onboarding_list_view o_sale_order'),
    columns: [
      { name: 'name', label: 'Number', type: 'char', bold: true },
      { name: 'create_date', field: 'date_order', label: 'Creation Date', type: 'date' },
      { name: 'partner_id', label: 'Customer', type: 'many2one' },
      { name: 'user_id', label: 'Salesperson', type: 'many2one' },
      { name: 'company_id', label: 'Company', type: 'many2one' },
      { name: 'amount_total', label: 'Total', type: 'monetary' },
      {
        name: 'state',
        label: 'Status',
        type: 'badge',
        labels: {
          draft: 'Quotation',
          sent: 'Quotation Sent',
          sale: 'Sales Order',
          cancel: 'Cancelled',
        },
      },
    ],
  },
  'account.move': {
    rootClass: 'o_account_tree_view',
    columns: [
      { name: 'name', label: 'Number', type: 'char', bold: true },
      { name: 'partner_id', label: 'Customer', type: 'many2one' },
      { name: 'invoice_date', label: 'Invoice Date', type: 'date' },
      { name: 'amount_total', label: 'Total', type: 'monetary' },
      {
        name: 'payment_state',
        label: 'Payment Status',
        type: 'badge',
        labels: {
          not_paid: 'Not Paid',
          partial: 'Partially Paid',
          in_payment: 'In Payment',
          paid: 'Paid',
        },
      },
      {
        name: 'state',
        label: 'Status',
        type: 'badge',
        labels: { draft: 'Draft', posted: 'Posted', cancel: 'Cancelled' },
      },
    ],
  },
};

export function cell(column, record) {
  const raw = record[column.field ?? column.name];
  const base = 'o_data_cell cursor-pointer o_field_cell';
  if (column.type === 'badge') {
    return h(
      'td',
      { class: `${base} o_badge_cell o_readonly_modifier`, name: column.name },
      h(
        'div.o_field_widget.o_readonly_modifier.o_field_badge',
        { name: column.name },
        h(
          'span.badge.rounded-pill',
          { class: BADGES[raw] ?? 'text-bg-300' },
          column.labels[raw] ?? raw,
        ),
      ),
    );
  }
  if (column.type === 'monetary') {
    return h(
      'td',
      { class: `${base} o_list_number o_monetary_cell o_readonly_modifier`, name: column.name },
      formatMonetary(raw),
    );
  }
  const text =
    column.type === 'many2one'
      ? raw
        ? raw[1]
        : ''
      : column.type === 'date'
        ? formatDate(raw).slice(0, 10)
        : raw || '';
  return h(
    'td',
    {
      class: cx(base, column.type === 'many2one' ? 'o_list_many2one' : 'o_list_char', {
        'fw-bold': column.bold,
      }),
      name: column.name,
      'data-tooltip': text,
    },
    text,
  );
}
