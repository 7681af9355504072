import { describe, expect, it } from 'vitest';

import { UNKNOWN_SCREEN } from '../screen/index.ts';
import { loadFixture, parsePage } from './fixtures/load-fixture.ts';
import { recognise } from './index.ts';

const INVOICE_URL = 'https://erp.example.com/odoo/invoicing/3';

const ERROR_DIALOG = `
  <div class="o_dialog" id="dialog_9">
    <div class="modal d-block o_technical_modal" role="dialog">
      <div class="modal-dialog modal-dialog-centered modal-md">
        <div class="modal-content o_error_dialog">
          <header class="modal-header"><h4 class="modal-title">%TITLE%</h4></header>
          <main class="modal-body"><div><p>The server said no.</p></div></main>
          <footer class="modal-footer"><button class="btn btn-primary o-default-button">Close</button></footer>
        </div>
      </div>
    </div>
  </div>`;

// A record of an x2many opened in a dialog: its own statusbar is not the screen's state.
const LINE_FORM_DIALOG = `
  <div class="o_dialog">
    <div class="modal d-block">
      <div class="modal-content">
        <header class="modal-header"><h4 class="modal-title">Open: Line</h4></header>
        <main class="modal-body">
          <div class="o_form_view"><div class="o_statusbar_status">
            <button class="btn o_arrow_button o_arrow_button_current" data-value="done">Done</button>
          </div></div>
        </main>
      </div>
    </div>
  </div>`;

const PROCESS_WIZARD = `
  <div class="o_dialog">
    <div class="modal d-block">
      <div class="modal-content">
        <header class="modal-header"><h4 class="modal-title">Apply?</h4></header>
        <main class="modal-body o_act_window"><div class="o_form_view"></div></main>
        <footer class="modal-footer"><button name="process" type="object">Apply</button></footer>
      </div>
    </div>
  </div>`;

/** The invoice page with an error dialog opened above the payment wizard. */
function invoiceWithErrorOnTop(title: string): Document {
  const page = loadFixture('18-invoice-payment-wizard.html');
  page.querySelector('.o_dialog')?.classList.add('o_inactive_modal');
  page
    .querySelector('.o-overlay-container')
    ?.insertAdjacentHTML('beforeend', ERROR_DIALOG.replace('%TITLE%', title));
  return page;
}

describe('recognise: pages it cannot place', () => {
  it('returns all nulls for a page that is not the Odoo web client', () => {
    const screen = recognise('https://www.example.com/shop/cart', loadFixture('unknown-page.html'));

    expect(screen).toEqual(UNKNOWN_SCREEN);
  });

  it('returns all nulls for an address it cannot parse and an empty document', () => {
    expect(recognise('http://[broken', parsePage('<html><body></body></html>'))).toEqual(
      UNKNOWN_SCREEN,
    );
  });
});

describe('recognise: dialogs', () => {
  it('reports the dialog on top, not the wizard it covers', () => {
    const screen = recognise(INVOICE_URL, invoiceWithErrorOnTop('Validation Error'));

    expect(screen.dialog).toEqual({ kind: 'validation_error', model: null });
  });

  it.each([
    ['Invalid Operation', 'user_error'],
    ['Access Error', 'access_error'],
    ['Access Denied', 'access_error'],
    ['Oops!', 'server_error'],
    ['Some other server trouble', 'server_error'],
  ])('classifies an error dialog titled "%s" as %s', (title, kind) => {
    expect(recognise(INVOICE_URL, invoiceWithErrorOnTop(title)).dialog).toEqual({
      kind,
      model: null,
    });
  });

  it('reports missing required fields in a wizard, keeping the wizard model', () => {
    const page = loadFixture('18-invoice-payment-wizard.html');
    page.querySelector('.o_dialog [name="journal_id"]')?.classList.add('o_field_invalid');

    expect(recognise(INVOICE_URL, page).dialog).toEqual({
      kind: 'missing_fields',
      model: 'account.payment.register',
    });
  });

  it('leaves the wizard model unknown when no footer button is in the table', () => {
    const page = loadFixture('18-invoice-payment-wizard.html');
    page.querySelector('[name="action_create_payments"]')?.setAttribute('name', 'action_other');

    expect(recognise(INVOICE_URL, page).dialog).toEqual({ kind: 'wizard', model: null });
  });

  it('does not take the state of a form shown inside a dialog', () => {
    const page = loadFixture('18-plain-form.html');
    page.querySelector('.o-overlay-container')?.insertAdjacentHTML('beforeend', LINE_FORM_DIALOG);

    const screen = recognise('https://erp.example.com/odoo/res.partner/7', page);

    expect(screen.state).toBeNull();
    expect(screen.dialog).toEqual({ kind: 'other', model: null });
  });

  it('names a lone `process` wizard stock.immediate.transfer only in 16', () => {
    const page = loadFixture('18-picking-form.html');
    page.querySelector('.o-overlay-container')?.insertAdjacentHTML('beforeend', PROCESS_WIZARD);

    const screen = recognise('https://erp.example.com/odoo/receipts/13', page);

    expect(screen.dialog).toEqual({ kind: 'wizard', model: null });
  });
});
