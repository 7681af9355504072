/**
 * DOM hints to a view's model, for addresses that do not name it (18 `action-<id>` paths, 17
 * numeric actions). Every hint is a technical name (class, button or field name), never a value.
 *
 * A hint belongs here only when one model alone shows it; names shared by several models are
 * left out on purpose (e.g. `action_post` is also account.payment's Confirm button, `order_line`
 * is both sale.order's and purchase.order's, `assigned` is also a stock.move state).
 */

/**
 * Arch `class` / `js_class` classes on the view root (or, in 16, on the form/list renderer).
 * Source: REFERENCE §2.4; `o_sale_onboarding_list_view` from the 18 quotation snapshots.
 */
export const VIEW_CLASS_MODELS: Readonly<Record<string, string>> = {
  o_purchase_order: 'purchase.order',
  o_purchase_dashboard_list_view: 'purchase.order',
  o_purchase_dashboard_kanban_view: 'purchase.order',
  o_sale_order: 'sale.order',
  o_sale_onboarding_list_view: 'sale.order',
  o_picking_form_view: 'stock.picking',
  o_account_move_form_view: 'account.move',
  o_account_tree_view: 'account.move',
  o_account_documents_kanban_view: 'account.move',
};

/**
 * Header and smart-button names (`button[name]`). Source: REFERENCE §4.1–4.5 header tables;
 * `action_product_tmpl_forecast_report` (template-level forecast) from the product snapshots 34.
 */
export const BUTTON_MODELS: Readonly<Record<string, string>> = {
  button_validate: 'stock.picking',
  do_print_picking: 'stock.picking',
  button_mark_done: 'mrp.production',
  button_plan: 'mrp.production',
  button_unplan: 'mrp.production',
  button_unbuild: 'mrp.production',
  action_register_payment: 'account.move',
  action_invoice_sent: 'account.move',
  preview_invoice: 'account.move',
  print_quotation: 'purchase.order',
  action_rfq_send: 'purchase.order',
  button_approve: 'purchase.order',
  action_quotation_send: 'sale.order',
  action_preview_sale_order: 'sale.order',
  action_product_tmpl_forecast_report: 'product.template',
};

/**
 * Names of top-level form fields (`div.o_field_widget[name]`, not inside an x2many).
 * Source: REFERENCE §4.2 (`move_ids_without_package`); the others from the snapshot forms.
 */
export const FIELD_MODELS: Readonly<Record<string, string>> = {
  move_ids_without_package: 'stock.picking',
  move_raw_ids: 'mrp.production',
  invoice_line_ids: 'account.move',
};

/**
 * Statusbar keys (`data-value` of any step) only one model uses. Source: REFERENCE §4.1, §4.3.
 */
export const STATE_MODELS: Readonly<Record<string, string>> = {
  purchase: 'purchase.order',
  'to approve': 'purchase.order',
  sale: 'sale.order',
};
