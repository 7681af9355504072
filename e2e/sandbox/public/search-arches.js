/**
 * Search views by model (`<search>` arches): the fields the search bar searches by text, the
 * first being the one Enter picks, and the filters of the search panel.
 */
export const SEARCH_ARCHES = {
  'stock.picking': {
    fields: [
      { name: 'name', label: 'Reference' },
      { name: 'partner_id', label: 'Contact' },
    ],
    filters: [
      { name: 'available', label: 'Ready', domain: [['state', '=', 'assigned']] },
      { name: 'done', label: 'Done', domain: [['state', '=', 'done']] },
    ],
  },
  'sale.order': {
    fields: [
      { name: 'name', label: 'Order' },
      { name: 'partner_id', label: 'Customer' },
    ],
    filters: [
      { name: 'draft', label: 'Quotations', domain: [['state', 'in', ['draft', 'sent']]] },
      { name: 'sales', label: 'Sales Orders', domain: [['state', '=', 'sale']] },
    ],
  },
  'account.move': {
    fields: [
      { name: 'name', label: 'Number' },
      { name: 'partner_id', label: 'Partner' },
    ],
    filters: [
      { name: 'draft', label: 'Draft', domain: [['state', '=', 'draft']] },
      { name: 'posted', label: 'Posted', domain: [['state', '=', 'posted']] },
    ],
  },
};
