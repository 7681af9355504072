import type { Target } from '../../core/events/schema.ts';
import type { Screen } from '../../core/screen/types.ts';

/**
 * The Odoo 18 screens and buttons the scenario's users meet, as the extension records them
 * (technical names from /work/shared/odoo/REFERENCE.md and the recorded traces in e2e/).
 */

const STOCK = 'stock.menu_stock_root';
const ACCOUNTING = 'account.menu_finance';
const SALES = 'sale.sale_menu_root';

export const MENUS = {
  inventory: STOCK,
  receipts: 'stock.in_picking',
  deliveries: 'stock.out_picking',
  invoicing: ACCOUNTING,
  bills: 'account.menu_action_move_in_invoice_type',
  sales: SALES,
  quotations: 'sale.menu_sale_quotations',
  discuss: 'mail.menu_root_discuss',
} as const;

export const OVERVIEW: Partial<Screen> = {
  app: STOCK,
  model: 'stock.picking.type',
  viewType: 'kanban',
};
export const PICKINGS: Partial<Screen> = { app: STOCK, model: 'stock.picking', viewType: 'list' };
export const PICKING: Partial<Screen> = { ...PICKINGS, viewType: 'form', state: 'assigned' };
export const MOVE_LINES: Partial<Screen> = {
  app: STOCK,
  model: 'stock.move.line',
  viewType: 'list',
};

export const BILLS: Partial<Screen> = { app: ACCOUNTING, model: 'account.move', viewType: 'list' };
export const BILL: Partial<Screen> = { ...BILLS, viewType: 'form', state: 'draft' };
export const BILLS_IMPORT: Partial<Screen> = { ...BILLS, viewType: 'import' };

export const ORDERS: Partial<Screen> = { app: SALES, model: 'sale.order', viewType: 'list' };
export const QUOTATION: Partial<Screen> = { ...ORDERS, viewType: 'form', state: 'draft' };
export const INVOICE: Partial<Screen> = {
  app: SALES,
  model: 'account.move',
  viewType: 'form',
  state: 'draft',
};

export const DISCUSS: Partial<Screen> = { app: MENUS.discuss, viewType: 'mail.action_discuss' };

/** Buttons as capture describes them (besides their technical name). */
export const BUTTONS = {
  validate: { buttonType: 'object', label: 'Validate' },
  confirm: { buttonType: 'object', label: 'Confirm' },
  pay: { buttonType: 'object', label: 'Pay' },
  createPayment: { buttonType: 'object', label: 'Create Payment', inDialog: true },
  createDraft: { buttonType: 'object', label: 'Create Draft', inDialog: true },
  createInvoice: { buttonType: 'action', label: 'Create Invoice' },
  detailedOperations: { buttonType: 'object' },
  checkAvailability: { buttonType: 'object', label: 'Check Availability' },
  close: { label: 'Close', inDialog: true },
} satisfies Record<string, Partial<Target>>;
