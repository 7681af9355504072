import type { SessionBuilder } from '../../core/flows/session-builder.ts';
import { leave, type Outcome } from './leave.ts';
import type { Random } from './random.ts';
import {
  BILL,
  BILLS,
  BILLS_IMPORT,
  BUTTONS,
  INVOICE,
  MENUS,
  ORDERS,
  QUOTATION,
} from './screens.ts';

/**
 * What the office does, event by event: accountants post and pay vendor bills, or take them to a
 * spreadsheet; sales people take a quotation to a paid invoice, some of them unsure, in the
 * invoice wizard, which kind of invoice to create.
 */

/** How a vendor bill goes: finished in Odoo, or worked around in a spreadsheet. */
export type BillWay = 'in_odoo' | 'export_import' | 'export_after_refusal';

/** Chance of a long look at a bill before posting it. */
const BILL_PAUSE = 0.15;

/** Back at the bills after time away. */
export function openBills(b: SessionBuilder, r: Random, awayMs: number): void {
  b.wait(awayMs).app(MENUS.invoicing).soon(40).go(BILLS, 'app_switch');
  b.wait(r.ms(800, 2000)).menu(MENUS.bills).soon(40).go(BILLS, 'menu');
}

/** A vendor bill opened from the list and taken to its payment, or around Odoo. */
export function vendorBill(b: SessionBuilder, r: Random, way: BillWay): Outcome {
  b.wait(r.ms(1000, 3000)).click(null, 'record').soon(50).go(BILL, 'open_record');
  if (way === 'export_import') return exportAndReimport(b, r);
  if (way === 'export_after_refusal') return exportAfterRefusal(b, r);

  b.wait(r.ms(1500, 4000)).edit('invoice_date');
  b.wait(r.chance(BILL_PAUSE) ? r.ms(12_000, 25_000) : r.ms(1500, 4000)).edit('ref');
  b.wait(r.ms(1000, 3000)).click('action_post', 'primary_action', BUTTONS.confirm);
  b.soon(r.ms(250, 450)).state('posted');
  b.wait(r.ms(1000, 3000)).click('action_register_payment', 'primary_action', BUTTONS.pay);
  b.soon(250).dialog('account.payment.register');
  b.wait(r.ms(1500, 4000)).click('action_create_payments', 'primary_action', BUTTONS.createPayment);
  b.soon(300).closeDialog({
    role: 'primary_action',
    name: 'action_create_payments',
    ...BUTTONS.createPayment,
  });
  b.wait(r.ms(800, 2000)).click(null, 'breadcrumb', { depth: 1 }).soon(30).go(BILLS, 'breadcrumb');
  return 'done';
}

/** A quotation confirmed, invoiced through the wizard, the invoice posted and paid. */
export function salesOrder(b: SessionBuilder, r: Random, unsure: number): Outcome {
  b.wait(r.ms(1000, 3000)).click(null, 'record').soon(50).go(QUOTATION, 'open_record');
  b.wait(r.ms(1500, 4000)).click('action_confirm', 'primary_action', BUTTONS.confirm);
  b.soon(r.ms(250, 450)).state('sale');
  b.wait(r.ms(1000, 3000)).click('510', 'primary_action', BUTTONS.createInvoice);
  b.soon(90).dialog('sale.advance.payment.inv');

  if (r.chance(unsure)) {
    if (r.chance(0.5)) {
      b.hover('create_invoices', r.ms(1000, 2000), BUTTONS.createDraft);
      b.wait(r.ms(2000, 5000)).hover('create_invoices', r.ms(400, 900), BUTTONS.createDraft);
    }
    b.wait(r.ms(14_000, 25_000));
  } else b.wait(r.ms(1000, 3000));
  b.click('create_invoices', 'primary_action', BUTTONS.createDraft);
  b.soon(300).closeDialog({
    role: 'primary_action',
    name: 'create_invoices',
    ...BUTTONS.createDraft,
  });
  b.soon(20).go(INVOICE, 'button');

  b.wait(r.ms(1500, 4000)).click('action_post', 'primary_action', BUTTONS.confirm);
  b.soon(r.ms(250, 450)).state('posted');
  b.wait(r.ms(1000, 3000)).click('action_register_payment', 'primary_action', BUTTONS.pay);
  b.soon(250).dialog('account.payment.register');
  b.wait(r.ms(1500, 4000)).click('action_create_payments', 'primary_action', BUTTONS.createPayment);
  b.soon(300).closeDialog({
    role: 'primary_action',
    name: 'action_create_payments',
    ...BUTTONS.createPayment,
  });
  b.wait(r.ms(800, 2000)).click(null, 'breadcrumb', { depth: 2 }).soon(30).go(ORDERS, 'breadcrumb');
  return 'done';
}

/**
 * Back to the list, the bill exported as an import-compatible file, edited in the spreadsheet
 * (the Odoo window in the background meanwhile), and imported back.
 */
function exportAndReimport(b: SessionBuilder, r: Random): Outcome {
  b.wait(r.chance(0.4) ? r.ms(12_000, 20_000) : r.ms(1500, 4000));
  b.click(null, 'breadcrumb', { depth: 1 }).soon(30).go(BILLS, 'breadcrumb');
  exportBill(b, r, true);

  b.soon(600).page('blur').wait(r.ms(180_000, 540_000)).page('focus');
  b.wait(r.ms(1000, 3000)).click(null, 'secondary_action');
  b.soon(300).click('o_import_menu', 'menu', { label: 'Import records' });
  b.soon(30).go(BILLS_IMPORT, 'menu').soon(5).imported('opened', 'account.move');
  b.wait(r.ms(1500, 3500)).click(null, 'primary_action', { label: 'Upload File' });
  b.soon(r.ms(2000, 5000)).imported('file_chosen', 'account.move');
  b.wait(r.ms(1500, 3500)).click(null, 'secondary_action', { label: 'Test' });
  b.soon(600).imported('test', 'account.move');
  b.wait(r.ms(1500, 3500)).click(null, 'primary_action', { label: 'Import' });
  b.soon(800).imported('run', 'account.move');
  return leave(b, r);
}

/** Odoo refuses to save the bill twice (a field it wants), so it goes out to a spreadsheet. */
function exportAfterRefusal(b: SessionBuilder, r: Random): Outcome {
  b.wait(r.ms(1500, 4000)).edit('invoice_date');
  for (const field of ['ref', 'partner_bank_id']) {
    b.wait(r.ms(1000, 3000)).click(null, 'save', { label: 'Save' });
    b.soon(400).notify('danger');
    b.wait(r.ms(2000, 4000)).edit(field);
  }
  b.wait(r.ms(1000, 3000)).click(null, 'save', { label: 'Save' });
  b.soon(400).notify('danger');
  b.wait(r.ms(2000, 5000)).click(null, 'discard', { label: 'Discard' }).soon(100).record('discard');
  b.wait(r.ms(800, 2000)).click(null, 'breadcrumb', { depth: 1 }).soon(30).go(BILLS, 'breadcrumb');
  exportBill(b, r, false);
  return leave(b, r);
}

function exportBill(b: SessionBuilder, r: Random, importCompatible: boolean): void {
  b.wait(r.ms(1000, 2500)).click(null, 'toggle');
  b.wait(r.ms(500, 1500)).click(null, 'secondary_action', { label: 'Actions' });
  b.soon(400).click(null, 'menu', { label: 'Export' });
  b.soon(50).dialog(null, 'export').soon(2).exported('dialog_open', { importCompatible: false });
  if (importCompatible) b.wait(r.ms(1000, 3000)).click(null, 'toggle', { inDialog: true });
  b.wait(r.ms(1000, 3000)).click(null, 'primary_action', { label: 'Export', inDialog: true });
  b.soon(0).exported('sent', { importCompatible }).soon(20).download('export');
  b.wait(r.ms(500, 1500)).click(null, 'secondary_action', { label: 'Close', inDialog: true });
  b.soon(50).closeDialog({ role: 'secondary_action', label: 'Close' });
}
