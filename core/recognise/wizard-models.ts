/**
 * Wizards (`target="new"` window actions) recognised by the button names their form portals into
 * the dialog footer. Rules are tried in order, the most specific first.
 */

export interface WizardRule {
  /** Every one of these `button[name]` must be in the footer. */
  buttons: readonly string[];
  model: string;
  /** Only when the screen behind the dialog shows this model. */
  openedFrom?: string;
  /** Only up to this major version (the wizard was removed later). */
  maxVersion?: number;
}

export const WIZARD_RULES: readonly WizardRule[] = [
  // REFERENCE §4.2; snapshots 09 (17 and 18).
  { buttons: ['process', 'process_cancel_backorder'], model: 'stock.backorder.confirmation' },
  // REFERENCE §4.5 (footer `action_backorder` "Create backorder" + `action_close_mo`).
  { buttons: ['action_close_mo'], model: 'mrp.production.backorder' },
  // REFERENCE §4.5 (`action_set_qty` is the consumption warning's own button).
  { buttons: ['action_set_qty'], model: 'mrp.consumption.warning' },
  // REFERENCE §4.3; snapshot 20 (17).
  { buttons: ['create_invoices'], model: 'sale.advance.payment.inv' },
  // REFERENCE §4.4; snapshots 23 (17 and 18).
  { buttons: ['action_create_payments'], model: 'account.payment.register' },
  // The composer (REFERENCE §4.1/§4.3 `mail.compose.message`) sends with `action_send_mail`
  // in 16/17/18 [uncertain: the button name is not in REFERENCE].
  { buttons: ['action_send_mail'], model: 'mail.compose.message' },
  // 16 only: the immediate-transfer wizard's "Apply" is `process` alone (REFERENCE §4.2). 16's
  // mrp.immediate.production may share that name, hence the screen-behind condition.
  {
    buttons: ['process'],
    model: 'stock.immediate.transfer',
    openedFrom: 'stock.picking',
    maxVersion: 16,
  },
];
