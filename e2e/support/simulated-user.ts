import type { Page } from 'puppeteer-core';

/** The two web clients the sandbox serves. */
export type OdooVariant = 17 | 18;

/** The receipts the sandbox seeds, by what validating them does. */
export const RECEIPTS = {
  /** Quantities match the demand: Validate finishes it. */
  complete: 'WH/IN/00001',
  /** Receiving less than its demand makes Validate ask whether to create a backorder. */
  partial: 'WH/IN/00003',
} as const;

/** Short, human-looking pauses between steps, so timings in the data are plausible. */
const THINK_MS: [number, number] = [150, 400];

/**
 * Drives one page of the sandbox as a person would: through the app switcher, menus, list rows
 * and buttons, never by typing URLs after logging in.
 */
export class SimulatedUser {
  constructor(
    readonly page: Page,
    readonly sandboxUrl: string,
    readonly login: string,
    readonly variant: OdooVariant,
  ) {}

  async logIn(): Promise<void> {
    const next = this.variant === 17 ? '/web' : '/odoo';
    await this.page.goto(`${this.sandboxUrl}/sandbox/login?login=${this.login}&next=${next}`);
    await this.page.waitForSelector('body.o_web_client .o_main_navbar');
  }

  /** Opens an app from the app switcher. */
  async openApp(appXmlid: string): Promise<void> {
    await this.click('.o_navbar_apps_menu button');
    await this.click(`.o_app[data-menu-xmlid="${appXmlid}"]`);
    await this.page.waitForSelector(`.o_menu_brand[data-menu-xmlid="${appXmlid}"]`);
  }

  /** Opens a menu entry that sits in a dropdown section of the app's menu bar. */
  async openMenu(sectionXmlid: string, menuXmlid: string): Promise<void> {
    await this.click(`.o_menu_sections [data-menu-xmlid="${sectionXmlid}"]`);
    await this.click(`a[data-menu-xmlid="${menuXmlid}"]`);
    await this.page.waitForSelector('.o_list_view tr.o_data_row');
  }

  /** Opens the list row whose reference is `name`, and waits for its form. */
  async openRecord(name: string): Promise<void> {
    await this.click(
      `::-p-xpath(//tr[contains(@class,"o_data_row")][td[@name="name"][normalize-space()="${name}"]])`,
    );
    await this.page.waitForSelector('.o_form_view .o_statusbar_status');
  }

  /** Receives a receipt from the Inventory app; with `backorder`, only part of it. */
  async receiveGoods(options: { backorder: boolean }): Promise<void> {
    await this.openApp('stock.menu_stock_root');
    await this.openMenu('stock.menu_stock_warehouse_mgmt', 'stock.in_picking');
    await this.openRecord(options.backorder ? RECEIPTS.partial : RECEIPTS.complete);
    if (options.backorder) await this.type('td[name=quantity] input', '12');

    await this.click('.o_statusbar_buttons button[name=button_validate]');
    if (options.backorder) await this.click('.modal-footer button[name=process]');
    await this.waitForState('done');
    await this.click('.o_breadcrumb li.o_back_button a');
    await this.page.waitForSelector('.o_list_view');
  }

  /** Confirms a quotation, invoices it, posts the invoice and registers its payment. */
  async orderToPayment(quotation: string): Promise<void> {
    await this.openQuotation(quotation);
    await this.confirmOrder();
    await this.createInvoice();
    await this.postAndPay();
  }

  /** Opens a quotation from Sales > Orders > Quotations. */
  async openQuotation(quotation: string): Promise<void> {
    await this.openApp('sale.sale_menu_root');
    await this.openMenu('sale.sale_order_menu', 'sale.menu_sale_quotations');
    await this.openRecord(quotation);
  }

  async confirmOrder(): Promise<void> {
    await this.click('.o_statusbar_buttons button[name=action_confirm]');
    await this.waitForState('sale');
  }

  /** Create Invoice, then the wizard's Create Draft; waits for the draft invoice. */
  async createInvoice(): Promise<void> {
    await this.click('.o_statusbar_buttons button#create_invoice');
    await this.click('.modal-footer button[name=create_invoices]');
    await this.page.waitForSelector('.o_form_view .o_arrow_button_current[data-value=draft]');
  }

  /** Confirms the invoice on screen and registers its payment. */
  async postAndPay(): Promise<void> {
    await this.click('.o_statusbar_buttons button[name=action_post]');
    await this.waitForState('posted');
    await this.click('.o_statusbar_buttons button#account_invoice_payment_btn');
    await this.click('.modal-footer button[name=action_create_payments]');
    await this.page.waitForSelector('.o_widget_web_ribbon .ribbon');
  }

  /**
   * Pauses like a person, then clicks `selector` once it is visible, enabled and still. The
   * locator queries again if Odoo re-renders the element in the meantime.
   */
  async click(selector: string): Promise<void> {
    await this.think();
    await this.page.locator(selector).click();
  }

  /** Replaces the text of the first matching input, then leaves the field. */
  async type(selector: string, text: string): Promise<void> {
    const input = await this.page.waitForSelector(selector, { visible: true });
    await this.think();
    await input!.click({ count: 3 });
    await input!.type(text, { delay: 40 });
    await this.page.keyboard.press('Tab');
  }

  async waitForState(state: string): Promise<void> {
    await this.page.waitForSelector(
      `.o_statusbar_status .o_arrow_button_current[data-value=${state}]`,
    );
  }

  private think(): Promise<void> {
    const [min, max] = THINK_MS;
    return new Promise((resolve) => setTimeout(resolve, min + Math.random() * (max - min)));
  }
}
