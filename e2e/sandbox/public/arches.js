import { invoiceArch } from './arch-invoice.js';
import { pickingArch } from './arch-picking.js';
import { saleOrderArch } from './arch-sale-order.js';

/** Form arches by model: what each form shows, its header buttons and its statusbar. */
export const ARCHES = {
  'stock.picking': pickingArch,
  'sale.order': saleOrderArch,
  'account.move': invoiceArch,
};
