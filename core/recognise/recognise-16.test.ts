import { describe, expect, it } from 'vitest';

import { loadFixture } from './fixtures/load-fixture.ts';
import { recognise } from './index.ts';

const ORIGIN = 'https://erp.example.com';

describe('recognise on Odoo 16 pages', () => {
  it('recognises a receipt form with its statusbar state and a 16 cids hash', () => {
    const url = `${ORIGIN}/web#id=12&action=271&model=stock.picking&view_type=form&cids=1%2C2&menu_id=178`;

    expect(recognise(url, loadFixture('16-picking-form.html'))).toEqual({
      version: 16,
      app: 'stock.menu_stock_root',
      model: 'stock.picking',
      viewType: 'form',
      state: 'assigned',
      dialog: null,
    });
  });

  it('tells 16 from the cids separator alone when the DOM is not rendered yet', () => {
    const screen = recognise(
      `${ORIGIN}/web#action=271&cids=1%2C2`,
      loadFixture('unknown-page.html'),
    );

    expect(screen.version).toBe(16);
  });

  it('recognises a list', () => {
    const url = `${ORIGIN}/web#action=477&model=sale.order&view_type=list&cids=1&menu_id=268`;

    expect(recognise(url, loadFixture('16-sale-list.html'))).toEqual({
      version: 16,
      app: 'sale.sale_menu_root',
      model: 'sale.order',
      viewType: 'list',
      state: null,
      dialog: null,
    });
  });

  it('falls back on the list renderer class and the controller class when the hash is bare', () => {
    const screen = recognise(`${ORIGIN}/web#action=477`, loadFixture('16-sale-list.html'));

    expect(screen).toMatchObject({ version: 16, model: 'sale.order', viewType: 'list' });
  });

  it('recognises a "User Error" dialog in the 16 dialog container', () => {
    const url = `${ORIGIN}/web#action=477&model=sale.order&view_type=list&cids=1&menu_id=268`;

    expect(recognise(url, loadFixture('16-user-error-dialog.html'))).toEqual({
      version: 16,
      app: 'sale.sale_menu_root',
      model: 'sale.order',
      viewType: 'list',
      state: null,
      dialog: { kind: 'user_error', model: null },
    });
  });

  it('recognises the immediate-transfer wizard over a receipt', () => {
    const url = `${ORIGIN}/web#id=12&action=271&model=stock.picking&view_type=form&cids=1&menu_id=178`;

    expect(recognise(url, loadFixture('16-immediate-transfer-wizard.html'))).toEqual({
      version: 16,
      app: 'stock.menu_stock_root',
      model: 'stock.picking',
      viewType: 'form',
      state: 'assigned',
      dialog: { kind: 'wizard', model: 'stock.immediate.transfer' },
    });
  });

  it('recognises the legacy import screen, whose address names no model', () => {
    const url = `${ORIGIN}/web#action=import&cids=1&menu_id=268`;

    expect(recognise(url, loadFixture('16-import.html'))).toEqual({
      version: 16,
      app: 'sale.sale_menu_root',
      model: null,
      viewType: 'import',
      state: null,
      dialog: null,
    });
  });
});
