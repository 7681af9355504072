import { describe, expect, it } from 'vitest';

import { loadFixture } from './fixtures/load-fixture.ts';
import { recognise } from './index.ts';

const ORIGIN = 'https://erp.example.com';

describe('recognise on Odoo 18 pages', () => {
  it('recognises a receipt opened through a smart button by its Validate button', () => {
    const url = `${ORIGIN}/odoo/purchase/11/action-359/13`;

    expect(recognise(url, loadFixture('18-picking-form.html'))).toEqual({
      version: 18,
      app: 'purchase.menu_purchase_root',
      model: 'stock.picking',
      viewType: 'form',
      state: 'assigned',
      dialog: null,
    });
  });

  it('recognises a new receipt at /odoo/receipts/new', () => {
    expect(recognise(`${ORIGIN}/odoo/receipts/new`, loadFixture('18-receipt-new.html'))).toEqual({
      version: 18,
      app: 'stock.menu_stock_root',
      model: 'stock.picking',
      viewType: 'form',
      state: 'draft',
      dialog: null,
    });
  });

  it('takes the model of a dotted path segment', () => {
    const screen = recognise(`${ORIGIN}/odoo/res.partner/7`, loadFixture('18-plain-form.html'));

    expect(screen).toMatchObject({ version: 18, model: 'res.partner', viewType: 'form' });
  });

  it('takes the model of an m-<model> path segment', () => {
    const screen = recognise(`${ORIGIN}/odoo/m-x_todo/3`, loadFixture('18-plain-form.html'));

    expect(screen).toMatchObject({ model: 'x_todo', viewType: 'form' });
  });

  it('leaves the model unknown when neither the address nor the DOM names it', () => {
    const screen = recognise(`${ORIGIN}/odoo/action-90/7`, loadFixture('18-plain-form.html'));

    expect(screen).toMatchObject({ model: null, viewType: 'form', app: 'contacts.menu_contacts' });
  });

  it('reads the last level of a nested path through the action path table', () => {
    const url = `${ORIGIN}/odoo/orders/7/1/invoicing/25`;

    expect(recognise(url, loadFixture('18-plain-form.html'))).toMatchObject({
      model: 'account.move',
      viewType: 'form',
    });
  });

  it('recognises the import screen and its active_model', () => {
    const url = `${ORIGIN}/odoo/sales/import?active_model=sale.order`;

    expect(recognise(url, loadFixture('18-import.html'))).toEqual({
      version: 18,
      app: 'sale.sale_menu_root',
      model: 'sale.order',
      viewType: 'import',
      state: null,
      dialog: null,
    });
  });

  it('recognises the payment wizard over a posted invoice', () => {
    const url = `${ORIGIN}/odoo/invoicing/3`;

    expect(recognise(url, loadFixture('18-invoice-payment-wizard.html'))).toEqual({
      version: 18,
      app: 'account.menu_finance',
      model: 'account.move',
      viewType: 'form',
      state: 'posted',
      dialog: { kind: 'wizard', model: 'account.payment.register' },
    });
  });
});
