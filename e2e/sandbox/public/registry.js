import { VERSION } from './env.js';

/**
 * The sandbox's apps, menus and actions. Ids are per version (a 17 and an 18 database number
 * their actions differently); xml ids, 18 paths and menu xml ids are Odoo's.
 */

/** Window and client actions by our own key. */
export const ACTIONS = {
  discuss: {
    type: 'client',
    tag: 'mail.action_discuss',
    xmlId: 'mail.action_discuss',
    ids: { 17: 124, 18: 126 },
    path: 'discuss',
    name: 'Discuss',
    app: 'discuss',
  },
  inventory: {
    xmlId: 'stock.stock_picking_type_action',
    ids: { 17: 361, 18: 386 },
    path: 'inventory',
    model: 'stock.picking.type',
    views: ['kanban', 'list', 'form'],
    name: 'Inventory Overview',
    app: 'inventory',
  },
  receipts: {
    xmlId: 'stock.action_picking_tree_incoming',
    ids: { 17: 344, 18: 360 },
    path: 'receipts',
    model: 'stock.picking',
    views: ['list', 'kanban', 'calendar', 'activity', 'form'],
    name: 'Receipts',
    domain: [['picking_type_code', '=', 'incoming']],
    context: { default_picking_type_id: 1 },
    app: 'inventory',
  },
  deliveries: {
    xmlId: 'stock.action_picking_tree_outgoing',
    ids: { 17: 345, 18: 361 },
    path: 'deliveries',
    model: 'stock.picking',
    views: ['list', 'kanban', 'calendar', 'activity', 'form'],
    name: 'Deliveries',
    domain: [['picking_type_code', '=', 'outgoing']],
    context: { default_picking_type_id: 2 },
    app: 'inventory',
  },
  quotations: {
    xmlId: 'sale.action_quotations_with_onboarding',
    ids: { 17: 478, 18: 512 },
    path: 'sales',
    model: 'sale.order',
    views: ['list', 'kanban', 'calendar', 'pivot', 'graph', 'activity', 'form'],
    name: 'Quotations',
    app: 'sales',
  },
  orders: {
    xmlId: 'sale.action_orders',
    ids: { 17: 477, 18: 511 },
    path: 'orders',
    model: 'sale.order',
    views: ['list', 'kanban', 'calendar', 'pivot', 'graph', 'activity', 'form'],
    name: 'Sales Orders',
    domain: [['state', 'in', ['sale']]],
    app: 'sales',
  },
  invoices: {
    xmlId: 'account.action_move_out_invoice_type',
    ids: { 17: 254, 18: 262 },
    path: 'invoicing',
    model: 'account.move',
    views: ['list', 'kanban', 'form'],
    name: 'Invoices',
    app: 'invoicing',
  },
  import: { type: 'client', tag: 'import', name: 'Import a File' },
};

/** The `type="action"` button of a confirmed sales order ("Create Invoice"). */
export const INVOICE_WIZARD_ACTION = {
  xmlId: 'sale.action_view_sale_advance_payment_inv',
  ids: { 17: 476, 18: 510 },
};

/** Apps in app-switcher order, with their navbar sections. */
export const APPS = [
  {
    key: 'discuss',
    xmlId: 'mail.menu_root_discuss',
    menuId: 81,
    name: 'Discuss',
    action: 'discuss',
    sections: [],
  },
  {
    key: 'sales',
    xmlId: 'sale.sale_menu_root',
    menuId: 268,
    name: 'Sales',
    action: 'quotations',
    sections: [
      {
        xmlId: 'sale.sale_order_menu',
        menuId: 269,
        name: 'Orders',
        children: [
          {
            xmlId: 'sale.menu_sale_quotations',
            menuId: 270,
            name: 'Quotations',
            action: 'quotations',
          },
          { xmlId: 'sale.menu_sale_order', menuId: 271, name: 'Orders', action: 'orders' },
        ],
      },
    ],
  },
  {
    key: 'invoicing',
    xmlId: 'account.menu_finance',
    menuId: 118,
    name: 'Invoicing',
    action: 'invoices',
    sections: [
      {
        xmlId: 'account.menu_finance_receivables',
        menuId: 119,
        name: 'Customers',
        children: [
          {
            xmlId: 'account.menu_action_move_out_invoice_type',
            menuId: 120,
            name: 'Invoices',
            action: 'invoices',
          },
        ],
      },
    ],
  },
  {
    key: 'inventory',
    xmlId: 'stock.menu_stock_root',
    menuId: 177,
    name: 'Inventory',
    action: 'inventory',
    sections: [
      {
        xmlId: 'stock.stock_picking_type_menu',
        menuId: 207,
        name: 'Overview',
        action: 'inventory',
      },
      {
        xmlId: 'stock.menu_stock_warehouse_mgmt',
        menuId: 178,
        name: 'Operations',
        children: [
          { header: 'Transfers' },
          { xmlId: 'stock.in_picking', menuId: 179, name: 'Receipts', action: 'receipts' },
          { xmlId: 'stock.out_picking', menuId: 180, name: 'Deliveries', action: 'deliveries' },
        ],
      },
    ],
  },
];

/** This version's numeric id of an action. */
export function actionId(key) {
  return ACTIONS[key]?.ids?.[VERSION] ?? null;
}

export function appByKey(key) {
  return APPS.find((app) => app.key === key) ?? null;
}

export function appByMenuId(menuId) {
  return APPS.find((app) => app.menuId === Number(menuId)) ?? null;
}

/** The action key behind an 18 path segment, a 17 numeric id or an xml id. */
export function findAction(ref) {
  if (ref === undefined || ref === null || ref === '') return null;
  const text = String(ref);
  const entry = Object.entries(ACTIONS).find(
    ([key, action]) =>
      action.path === text ||
      action.xmlId === text ||
      String(action.ids?.[VERSION]) === text ||
      (key === 'import' && text === 'import'),
  );
  return entry ? entry[0] : null;
}

/** The first action on `model`, for `/odoo/<model>/<id>` and `#model=...` URLs. */
export function actionForModel(model) {
  const entry = Object.entries(ACTIONS).find(([, action]) => action.model === model);
  return entry ? entry[0] : null;
}

/** The href of a menu entry: `#menu_id=..&action=..` in 17, `/odoo/<path>` in 18. */
export function menuHref(menuId, actionKey) {
  if (VERSION === 17) return `#menu_id=${menuId}&action=${actionId(actionKey)}`;
  return `/odoo/${ACTIONS[actionKey].path}`;
}
