import { describe, expect, it } from 'vitest';

import { loadFixture } from './fixtures/load-fixture.ts';
import { recognise } from './index.ts';

const ORIGIN = 'https://erp.example.com';

describe('recognise on Odoo 17 pages', () => {
  it('recognises the mrp backorder wizard over a manufacturing order', () => {
    const url = `${ORIGIN}/web#id=4&cids=1-2&action=419&model=mrp.production&view_type=form&menu_id=226`;

    expect(recognise(url, loadFixture('17-mrp-backorder-wizard.html'))).toEqual({
      version: 17,
      app: 'mrp.menu_mrp_root',
      model: 'mrp.production',
      viewType: 'form',
      state: 'to_close',
      dialog: { kind: 'wizard', model: 'mrp.production.backorder' },
    });
  });

  it('finds the model from the header buttons when the hash has only a numeric action', () => {
    const screen = recognise(
      `${ORIGIN}/web#action=419&id=4`,
      loadFixture('17-mrp-backorder-wizard.html'),
    );

    expect(screen).toMatchObject({ model: 'mrp.production', viewType: 'form' });
  });

  it('recognises Discuss reached by a numeric action id from its root class', () => {
    const url = `${ORIGIN}/web#action=124&cids=1&menu_id=81`;

    expect(recognise(url, loadFixture('17-discuss.html'))).toEqual({
      version: 17,
      app: 'mail.menu_root_discuss',
      model: null,
      viewType: 'mail.action_discuss',
      state: null,
      dialog: null,
    });
  });

  it('recognises the import screen and its model from the hash', () => {
    const url = `${ORIGIN}/web#action=import&model=sale.order&cids=1&menu_id=268`;

    expect(recognise(url, loadFixture('17-import.html'))).toEqual({
      version: 17,
      app: 'sale.sale_menu_root',
      model: 'sale.order',
      viewType: 'import',
      state: null,
      dialog: null,
    });
  });

  it('reads an xmlid action in the hash as a window action, not a client tag', () => {
    const url = `${ORIGIN}/web#action=stock.action_picking_tree_incoming`;

    expect(recognise(url, loadFixture('unknown-page.html'))).toMatchObject({
      model: 'stock.picking',
      viewType: null,
    });
  });
});
