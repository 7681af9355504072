/**
 * The names partners use for the Odoo modules golden paths belong to: the app a user opens. A
 * module this table does not know is shown by its technical name.
 */
const MODULE_NAMES: Readonly<Record<string, string>> = {
  stock: 'Inventory',
  account: 'Invoicing',
  sale: 'Sales',
  purchase: 'Purchase',
  mrp: 'Manufacturing',
  base_import: 'Import',
};

/** `Inventory (stock)` for `stock`; the technical name alone when unknown. */
export function moduleLabel(module: string): string {
  const name = MODULE_NAMES[module];
  return name === undefined ? module : `${name} (${module})`;
}
