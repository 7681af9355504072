/**
 * The names people read for Odoo's technical identifiers of apps and client actions: what the
 * extension records as a screen's `app` (the navbar brand's root menu xmlid) and, for screens
 * that are not a model's view, its `viewType` (the client action's tag). Pure data, shared by
 * the backend's dashboard and, later, the extension.
 */

/**
 * Root menu xmlid → the app's name in Odoo's app switcher (en_US, 16/17/18).
 *
 * Sources, in the order of the table:
 * - /work/shared/odoo/REFERENCE.md §2.2 (root menu xmlids): Inventory, Purchase, Sales,
 *   Invoicing (`account.menu_finance`; Enterprise renames it Accounting), Manufacturing;
 * - the 17 and 18 snapshots' app switcher (`/work/shared/odoo/snapshots`): Discuss, Dashboards,
 *   Apps, Settings;
 * - the `menuitem` files of the other Odoo modules [not checked against a running server].
 */
export const APP_NAMES: Readonly<Record<string, string>> = {
  'stock.menu_stock_root': 'Inventory',
  'purchase.menu_purchase_root': 'Purchase',
  'sale.sale_menu_root': 'Sales',
  'account.menu_finance': 'Invoicing',
  'mrp.menu_mrp_root': 'Manufacturing',

  'mail.menu_root_discuss': 'Discuss',
  'spreadsheet_dashboard.spreadsheet_dashboard_menu_root': 'Dashboards',
  'base.menu_management': 'Apps',
  'base.menu_administration': 'Settings',

  'contacts.menu_contacts': 'Contacts',
  'crm.crm_menu_root': 'CRM',
  'project.menu_main_pm': 'Project',
  'calendar.mail_menu_calendar': 'Calendar',
  'hr.menu_hr_root': 'Employees',
  'hr_timesheet.timesheet_menu_root': 'Timesheets',
  'hr_expense.menu_hr_expense_root': 'Expenses',
  'hr_holidays.menu_hr_holidays_root': 'Time Off',
  'point_of_sale.menu_point_root': 'Point of Sale',
  'website.menu_website_configuration': 'Website',
};

/**
 * Client action tag → what the screen is called. Sources: `mail.action_discuss` from the 17/18
 * snapshot manifests (entry 02), `import` from REFERENCE §1.1 and §3.2 ("Import records").
 */
export const CLIENT_ACTION_NAMES: Readonly<Record<string, string>> = {
  'mail.action_discuss': 'Discuss',
  import: 'Import records',
};

/** The app's name for a root menu xmlid, or null when the table does not know it. */
export function appName(xmlid: string): string | null {
  return lookUp(APP_NAMES, xmlid);
}

/** The screen's name for a client action tag, or null when the table does not know it. */
export function clientActionName(tag: string): string | null {
  return lookUp(CLIENT_ACTION_NAMES, tag);
}

// Own keys only: an xmlid such as "constructor" must not find Object.prototype's.
function lookUp(table: Readonly<Record<string, string>>, key: string): string | null {
  return Object.hasOwn(table, key) ? (table[key] ?? null) : null;
}
