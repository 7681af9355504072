import { describe, expect, it } from 'vitest';

import { parseOdooUrl } from './url.ts';

describe('parseOdooUrl: 16/17 hash grammar', () => {
  it('reads the model, view type, record and decoded 16 company ids from the hash', () => {
    const url =
      'https://erp.example.com/web#id=12&action=271&model=stock.picking&view_type=form&cids=1%2C2&menu_id=178';

    expect(parseOdooUrl(url)).toEqual({
      grammar: 'hash',
      action: '271',
      model: 'stock.picking',
      resId: '12',
      viewType: 'form',
      cids: '1,2',
    });
  });

  it('accepts the debug query and a trailing slash before the hash', () => {
    const parsed = parseOdooUrl(
      'http://localhost:8069/web/?debug=1#action=344&model=stock.picking',
    );

    expect(parsed?.model).toBe('stock.picking');
    expect(parsed?.action).toBe('344');
  });

  it('reads the import action and its model (17)', () => {
    const parsed = parseOdooUrl('/web#action=import&model=sale.order&cids=1-2&menu_id=268');

    expect(parsed).toMatchObject({ action: 'import', model: 'sale.order', cids: '1-2' });
  });

  it('gives nothing for the login page or a non-Odoo address', () => {
    expect(parseOdooUrl('http://localhost:8069/web/login')).toBeNull();
    expect(parseOdooUrl('https://www.example.com/shop/cart')).toBeNull();
  });
});

describe('parseOdooUrl: 18 path grammar', () => {
  it('takes the last breadcrumb group, not the first', () => {
    expect(parseOdooUrl('http://h/odoo/orders/7/1/invoicing/25')).toMatchObject({
      grammar: 'path',
      action: 'invoicing',
      model: null,
      resId: '25',
    });
  });

  it('reads a smart-button drill-down as the action-<id> level with its record', () => {
    expect(parseOdooUrl('http://h/odoo/purchase/11/action-359/13')).toMatchObject({
      action: 'action-359',
      resId: '13',
    });
  });

  it('treats a number before an action as its active_id, not as a record', () => {
    expect(parseOdooUrl('http://h/odoo/purchase/11/5/receipts')).toMatchObject({
      action: 'receipts',
      resId: null,
    });
  });

  it('reads dotted and m- segments as models', () => {
    expect(parseOdooUrl('http://h/odoo/stock.picking/45')).toMatchObject({
      action: null,
      model: 'stock.picking',
      resId: '45',
    });
    expect(parseOdooUrl('http://h/odoo/m-x_todo/3')).toMatchObject({ model: 'x_todo' });
  });

  it('keeps an action written by xmlid as an action, dots and all', () => {
    expect(parseOdooUrl('http://h/odoo/action-stock.action_picking_tree_all/12')).toMatchObject({
      action: 'action-stock.action_picking_tree_all',
      model: null,
      resId: '12',
    });
  });

  it('reads new records, the view_type query and the import active_model', () => {
    expect(parseOdooUrl('http://h/odoo/receipts/new')?.resId).toBe('new');
    expect(parseOdooUrl('http://h/odoo/receipts?view_type=kanban')?.viewType).toBe('kanban');
    expect(parseOdooUrl('http://h/odoo/sales/import?active_model=sale.order')).toMatchObject({
      action: 'import',
      model: 'sale.order',
    });
  });

  it('ignores active_model on screens other than import', () => {
    expect(parseOdooUrl('http://h/odoo/receipts?active_model=purchase.order')?.model).toBeNull();
  });
});
