/**
 * Models of well-known window actions, for addresses that name an action but not its model.
 *
 * 18 leaves the model out of the URL whenever the action has a `path` or an id (REFERENCE §1.2),
 * and a user may type an action's xmlid in a 16/17 hash.
 */

/** 18 `path` values → `res_model`. Source: REFERENCE §1.2 table (18.0 `<field name="path">`). */
export const ACTION_PATH_MODELS: Readonly<Record<string, string>> = {
  purchase: 'purchase.order',
  'purchase-orders': 'purchase.order',
  inventory: 'stock.picking.type',
  receipts: 'stock.picking',
  deliveries: 'stock.picking',
  lots: 'stock.lot',
  'stock-report': 'product.product',
  'stock-valuation': 'stock.valuation.layer',
  sales: 'sale.order',
  orders: 'sale.order',
  products: 'product.template',
  invoicing: 'account.move',
  'customer-invoices': 'account.move',
  'credit-notes': 'account.move',
  bills: 'account.move',
  'vendor-bills': 'account.move',
  accounting: 'account.journal',
  customers: 'res.partner',
  vendors: 'res.partner',
  manufacturing: 'mrp.production',
  pricelists: 'product.pricelist',
  apps: 'ir.module.module',
  users: 'res.users',
  companies: 'res.company',
  'system-parameters': 'ir.config_parameter',
  crons: 'ir.cron',
  'access-rights': 'ir.model.access',
  'record-rules': 'ir.rule',
  'server-actions': 'ir.actions.server',
};

/**
 * Action xmlids → `res_model`. Source: REFERENCE §1.2 and §4 (action ids named there), plus
 * `stock.product_template_action_product` from the snapshot manifests (entry 34, 17 and 18).
 */
export const ACTION_XMLID_MODELS: Readonly<Record<string, string>> = {
  'purchase.purchase_rfq': 'purchase.order',
  'purchase.purchase_form_action': 'purchase.order',
  'stock.stock_picking_type_action': 'stock.picking.type',
  'stock.action_picking_tree_incoming': 'stock.picking',
  'stock.action_picking_tree_outgoing': 'stock.picking',
  'stock.action_picking_tree_all': 'stock.picking',
  'stock.action_production_lot_form': 'stock.lot',
  'stock.action_product_stock_view': 'product.product',
  'stock.action_putaway_tree': 'stock.putaway.rule',
  'stock.product_template_action_product': 'product.template',
  'stock_account.stock_valuation_layer_action': 'stock.valuation.layer',
  'sale.action_quotations_with_onboarding': 'sale.order',
  'sale.action_orders': 'sale.order',
  'sale.product_template_action': 'product.template',
  'account.action_move_out_invoice_type': 'account.move',
  'account.action_move_out_invoice': 'account.move',
  'account.action_move_out_refund_type': 'account.move',
  'account.action_move_in_invoice_type': 'account.move',
  'account.action_move_in_invoice': 'account.move',
  'account.open_account_journal_dashboard_kanban': 'account.journal',
  'account.res_partner_action_customer': 'res.partner',
  'account.res_partner_action_supplier': 'res.partner',
  'mrp.mrp_production_action': 'mrp.production',
  'product.product_pricelist_action2': 'product.pricelist',
};

/** The model of an action written in a URL (18 path, `action-<xmlid>` or a hash xmlid). */
export function modelOfAction(action: string | null): string | null {
  if (!action) return null;

  const written = action.startsWith('action-') ? action.slice('action-'.length) : action;
  return ACTION_PATH_MODELS[written] ?? ACTION_XMLID_MODELS[written] ?? null;
}
