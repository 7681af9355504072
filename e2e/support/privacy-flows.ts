import { writeFileSync } from 'node:fs';
import path from 'node:path';

import type { Browser, Page } from 'puppeteer-core';
import { expect } from 'vitest';

import { findCanaries, type Canary } from './canaries.ts';
import { waitFor } from './launch.ts';
import type { PrivacyCanaries } from './privacy-canaries.ts';
import { SimulatedUser } from './simulated-user.ts';

/**
 * What the privacy test's user does in the sandbox: every flow (receipt with a backorder, the lot
 * error, quotation to payment, export, import, the invalid required field in the 17 client),
 * typing a canary into every kind of field, hovering and copying, and checking on the way that
 * the page really shows each planted canary.
 */

export interface FlowOptions {
  sandboxUrl: string;
  canaries: PrivacyCanaries;
  /** Where downloads and the file to import go. */
  workDir: string;
}

type TypedCanaries = PrivacyCanaries['typed'];

/** A hover shorter than this may not count as one. */
const HOVER_MS = 700;

/** Every sandbox flow, in the 18 client and then the 17 one, typing a canary in every field. */
export async function runEveryFlow(page: Page, options: FlowOptions): Promise<void> {
  const { sandboxUrl } = options;
  const { planted, typed } = options.canaries;

  await logIn(page, sandboxUrl, planted.login.value, typed.password.value);
  const user = new SimulatedUser(page, sandboxUrl, planted.login.value, 18);
  await receiveWithBackorder(user, options.canaries);
  await receiveLotAfterError(user, options.canaries);
  await quotationToPayment(user, options.canaries);
  await exportAndImport(user, options);

  await page.goto(`${sandboxUrl}/web`);
  await page.waitForSelector('body.o_web_client .o_main_navbar');
  const user17 = new SimulatedUser(page, sandboxUrl, planted.login.value, 17);
  await invalidRequiredField(user17, options.canaries);
}

/** A receipt with a backorder, whose name, vendor, origin and note are canaries. */
async function receiveWithBackorder(user: SimulatedUser, { planted, typed }: PrivacyCanaries) {
  const { page } = user;
  await user.openApp('stock.menu_stock_root');
  await hover(page, '.o_kanban_record');
  await user.openMenu('stock.menu_stock_warehouse_mgmt', 'stock.in_picking');
  await search(user, typed.search.value);
  await applyFavorite(user, planted.pickingFavorite.value);
  await hover(page, 'td.o_data_cell[name=partner_id]');
  await user.openRecord(planted.receiptName.value);
  await expectShown(page, [
    planted.login,
    planted.userName,
    planted.receiptName,
    planted.vendor,
    planted.origin,
    planted.warehouse,
    planted.operationType,
    planted.product,
    planted.chatterAuthor,
    planted.receiptChatterBody,
    planted.pickingHelp,
    planted.pickingPlaceholder,
  ]);
  await hover(page, '.o_breadcrumb .o_last_breadcrumb_item');
  await user.type('td[name=quantity] input', '12');
  await user.type('div[name=origin] input', typed.quantityOrigin.value);
  await user.click('a.nav-link[name=note]');
  await expectShown(page, [planted.pickingNote]);
  await user.type('div[name=note] textarea', typed.pickingNote.value);
  await postInChatter(user, '.o-mail-Chatter-logNote', typed.receiptChatter.value);
  await hover(page, '.o-mail-Message-author');
  await user.click('.o_statusbar_buttons button[name=button_validate]');
  await user.click('.modal-footer button[name=process]');
  await user.waitForState('done');
  await user.click('.o_breadcrumb li.o_back_button a');
  await page.waitForSelector('.o_list_view tr.o_data_row');
}

/** The lot error, then the lot typed and the receipt validated. */
async function receiveLotAfterError(user: SimulatedUser, { planted, typed }: PrivacyCanaries) {
  const { page } = user;
  await user.openRecord(planted.lotReceiptName.value);
  await user.click('.o_statusbar_buttons button[name=button_validate]');
  await page.waitForSelector('.o_error_dialog');
  await expectShown(page, [planted.lotReceiptName, planted.lotVendor, planted.lotProduct]);
  await user.click('.o_error_dialog .o-default-button');
  await user.type('td[name=lot_ids] input', typed.lot.value);
  await user.click('.o_statusbar_buttons button[name=button_validate]');
  await user.waitForState('done');
}

/** A canary typed into every kind of field of a quotation, then the sales flow to payment. */
async function quotationToPayment(user: SimulatedUser, { planted, typed }: PrivacyCanaries) {
  const { page } = user;
  await user.openApp('sale.sale_menu_root');
  await user.openMenu('sale.sale_order_menu', 'sale.menu_sale_quotations');
  await hover(page, 'td.o_data_cell[name=partner_id]');
  await expectShown(page, [planted.quotationName, planted.customer, planted.invalidCustomer]);
  await user.openRecord(planted.quotationName.value);
  await expectShown(page, [
    planted.quotationName,
    planted.customer,
    planted.validity,
    planted.product,
    planted.lineDescription,
    planted.orderNote,
    planted.accessToken,
    planted.chatterAuthor,
    planted.chatterBody,
  ]);
  await user.type('div[name=partner_id] input', planted.otherPartner.value);
  await user.type('div[name=validity_date] input', typed.validity.typed);
  await user.type('div[name=note] textarea', typed.orderNote.value);
  await hover(page, 'td.o_data_cell[name=name]');
  await user.click('a.nav-link[name=other_information]');
  await expectShown(page, [
    planted.userName,
    planted.tag,
    planted.customerRef,
    planted.help,
    planted.placeholder,
    planted.title,
    planted.ariaLabel,
    planted.accessCode,
    planted.email,
    planted.phone,
    planted.commitment,
    planted.weight,
    planted.deposit,
    planted.internalNote,
  ]);
  await hover(page, 'div[name=tag_ids] .o_tag');
  await user.type('div[name=tag_ids] input', typed.tag.value);
  await page.waitForSelector(`div[name=tag_ids] .o_tag[title="${typed.tag.value}"]`);
  await user.type('div[name=client_order_ref] input', typed.customerRef.value);
  await copyField(page, 'div[name=client_order_ref] input');
  await hover(page, 'label[for=client_order_ref_0] sup');
  await user.type('div[name=access_code] input', typed.accessCode.value);
  await user.type('div[name=email_from] input', typed.email.value);
  await user.type('div[name=phone] input', typed.phone.value);
  await user.type('div[name=commitment_date] input', typed.commitment.typed);
  await user.type('div[name=shipping_weight] input', typed.weight.value);
  await user.type('div[name=deposit_amount] input', typed.deposit.value);
  await typeRichText(page, 'div[name=internal_note] .note-editable', typed.internalNote.value);
  await postInChatter(user, '.o-mail-Chatter-sendMessage', typed.chatter.value);
  // Leaving the dirty form through the app menu saves it, as in Odoo.
  await user.orderToPayment(planted.quotationName.value);
}

/** Export from the quotations, import-compatible, then the import screen with a canary file. */
async function exportAndImport(user: SimulatedUser, { canaries, workDir }: FlowOptions) {
  const { page } = user;
  const downloads = await countDownloads(page.browser(), workDir);
  await user.click('.o_breadcrumb li.breadcrumb-item:first-child a');
  await page.waitForSelector('.o_list_view tr.o_data_row');
  await user.click('thead th.o_list_record_selector input');
  await user.click('.o_control_panel_actions .o_cp_action_menus button');
  await user.click('::-p-xpath(//*[contains(@class,"o_menu_item")][normalize-space()="Export"])');
  await page.waitForSelector('.o_export_data_dialog');
  await user.click('#o-update-data');
  await user.click('.o_export_data_dialog .o_select_button');
  await waitFor(() => downloads() > 0, 10_000, 'the export download');
  await user.click('.o_export_data_dialog .modal-footer .o_form_button_cancel');
  await user.click('thead th.o_list_record_selector input');
  await user.click('.o_control_panel_breadcrumbs_actions .o_cp_action_menus button');
  await user.click('.o_import_menu');
  await page.waitForSelector('.o_import_action');
  await importFile(user, workDir, canaries.typed);
}

/** In the 17 client: search, a favorite, a required field cleared, an unknown many2one text. */
async function invalidRequiredField(user17: SimulatedUser, { planted, typed }: PrivacyCanaries) {
  const { page } = user17;
  await user17.openApp('sale.sale_menu_root');
  await user17.openMenu('sale.sale_order_menu', 'sale.menu_sale_quotations');
  await search(user17, typed.searchQuick.value, 'Customer');
  await applyFavorite(user17, planted.favorite.value);
  await user17.openRecord(planted.invalidQuotationName.value);
  await expectShown(page, [planted.invalidQuotationName, planted.invalidCustomer]);
  await clearField(page, 'div[name=partner_id] input');
  await user17.click('.o_form_button_save');
  await page.waitForSelector('div[name=partner_id].o_field_invalid');
  await user17.type('div[name=partner_id] input', typed.unknownPartner.value);
  await page.waitForSelector('.o_form_button_save:not([disabled])');
  await user17.click('.o_form_button_save');
  await page.waitForSelector('div[name=partner_id].o_field_invalid');
  await user17.click('.o_form_button_cancel');
  await page.waitForSelector('div[name=partner_id]:not(.o_field_invalid)');
}

/** Checks that the page shows each canary: in its title, markup or an input's value. */
async function expectShown(page: Page, shown: Canary[]): Promise<void> {
  const text = await page.evaluate(() => {
    const fields = document.querySelectorAll<HTMLInputElement>('input, textarea');
    const values = Array.from(fields, (field) => field.value);
    return [document.title, document.documentElement.outerHTML, ...values].join('\n');
  });
  const found = new Set(findCanaries(shown, [{ where: 'page', text }]).map((hit) => hit.kind));
  expect(shown.filter((canary) => !found.has(canary.kind)).map((c) => c.kind)).toEqual([]);
}

async function logIn(page: Page, url: string, login: string, password: string): Promise<void> {
  await page.goto(`${url}/web/login?variant=18`);
  await page.type('#login', login);
  await page.type('#password', password);
  await Promise.all([page.waitForNavigation(), page.click('.oe_login_form button[type=submit]')]);
  await page.waitForSelector('body.o_web_client .o_main_navbar');
}

async function hover(page: Page, selector: string): Promise<void> {
  await page.locator(selector).hover();
  await new Promise((resolve) => setTimeout(resolve, HOVER_MS));
}

/**
 * Types in the list's search box, turns the text into a facet (Enter, or a click on the
 * quick-search item `pick`, e.g. "Customer"), hovers the facet, then removes it.
 */
async function search(user: SimulatedUser, text: string, pick?: string): Promise<void> {
  const { page } = user;
  await user.click('.o_searchview_input');
  await page.keyboard.type(text, { delay: 10 });
  await page.waitForSelector('.o_searchview_autocomplete .dropdown-item');
  if (pick) {
    await user.click(
      `::-p-xpath(//*[contains(@class,"o_searchview_autocomplete")]//*[contains(@class,"dropdown-item")][.//b[normalize-space()="${pick}"]])`,
    );
  } else {
    await page.keyboard.press('Enter');
  }
  await removeFacet(user, text);
}

/** Applies a favorite of the search panel by name, then removes its facet. */
async function applyFavorite(user: SimulatedUser, name: string): Promise<void> {
  await user.click('.o_searchview_dropdown_toggler');
  await user.click(
    `::-p-xpath(//*[contains(@class,"o_favorite_menu")]//*[contains(@class,"o_menu_item")][contains(., "${name}")])`,
  );
  await removeFacet(user, name);
}

async function removeFacet(user: SimulatedUser, value: string): Promise<void> {
  await hover(user.page, `.o_facet_value[title="${value}"]`);
  await user.click('.o_searchview_facet .o_facet_remove');
  await user.page.waitForSelector('.o_searchview_facet', { hidden: true });
}

async function clearField(page: Page, selector: string): Promise<void> {
  const input = await page.waitForSelector(selector, { visible: true });
  await input!.click({ count: 3 });
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Tab');
}

/** Selects a field's text and copies it, as a user copying a reference would. */
async function copyField(page: Page, selector: string): Promise<void> {
  await page.locator(selector).click();
  await page.keyboard.down('Control');
  await page.keyboard.press('a');
  await page.keyboard.press('c');
  await page.keyboard.up('Control');
}

async function typeRichText(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).click();
  await page.keyboard.down('Control');
  await page.keyboard.press('a');
  await page.keyboard.up('Control');
  await page.keyboard.type(text, { delay: 10 });
}

async function postInChatter(user: SimulatedUser, opener: string, text: string): Promise<void> {
  await user.click(opener);
  await user.page.locator('.o-mail-Composer-input').fill(text);
  await user.click('.o-mail-Composer-send');
  await user.page.waitForSelector(
    `::-p-xpath(//*[contains(@class,"o-mail-Message-body")][contains(., "${text}")])`,
  );
}

/**
 * Chooses a CSV whose name, column header and rows are canaries; the second row lacks its first
 * value, so Test and Import report an error. Test and Import are clicked when the screen has them.
 */
async function importFile(user: SimulatedUser, workDir: string, typed: TypedCanaries) {
  const { page } = user;
  const file = path.join(workDir, `${typed.fileName.value}.csv`);
  const content = typed.fileContent.value;
  writeFileSync(
    file,
    `name,client_order_ref,${typed.fileColumn.value}\n${content},${content},x\n,${content},y\n`,
  );
  const input = await page.waitForSelector('.o_import_action input[type=file], input.o_input_file');
  await input!.uploadFile(file);
  await page.waitForSelector('.o_import_data_content');
  await expectShown(page, [typed.fileName, typed.fileColumn]);

  await user.click('::-p-xpath(//button[normalize-space()="Test"])');
  await page.waitForSelector('.o_import_report');
  await user.click('::-p-xpath(//button[normalize-space()="Import"])');
  await page.waitForSelector('.o_import_report');
}

/** Saves downloads in `dir`; returns a function that counts the finished ones. */
async function countDownloads(browser: Browser, dir: string): Promise<() => number> {
  let downloads = 0;
  const session = await browser.target().createCDPSession();
  session.on('Browser.downloadProgress', (event) => {
    if (event.state === 'completed') downloads += 1;
  });
  await session.send('Browser.setDownloadBehavior', {
    behavior: 'allow',
    downloadPath: dir,
    eventsEnabled: true,
  });
  return () => downloads;
}
