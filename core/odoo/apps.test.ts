import { describe, expect, it } from 'vitest';

import { DOTTED_NAME, VIEW_NAME } from '../sync/row-names.ts';
import { APP_NAMES, appName, CLIENT_ACTION_NAMES, clientActionName } from './apps.ts';

describe('appName', () => {
  it('names the apps of the reference table and the snapshots', () => {
    const xmlids = [
      'stock.menu_stock_root',
      'sale.sale_menu_root',
      'account.menu_finance',
      'purchase.menu_purchase_root',
      'mrp.menu_mrp_root',
      'mail.menu_root_discuss',
      'contacts.menu_contacts',
    ];

    expect(xmlids.map(appName)).toEqual([
      'Inventory',
      'Sales',
      'Invoicing',
      'Purchase',
      'Manufacturing',
      'Discuss',
      'Contacts',
    ]);
  });

  it('answers null for an xmlid it does not know, even one named like an object key', () => {
    expect(appName('x_custom.menu_root')).toBeNull();
    expect(appName('constructor')).toBeNull();
  });

  it('only lists xmlids that the sync contract lets an extension send', () => {
    const unsendable = Object.keys(APP_NAMES).filter((xmlid) => !DOTTED_NAME.test(xmlid));

    expect(unsendable).toEqual([]);
  });
});

describe('clientActionName', () => {
  it('names Discuss and the import screen by their tags', () => {
    expect([clientActionName('mail.action_discuss'), clientActionName('import')]).toEqual([
      'Discuss',
      'Import records',
    ]);
  });

  it('answers null for a tag it does not know', () => {
    expect(clientActionName('account_report')).toBeNull();
  });

  it('only lists tags that the sync contract lets an extension send', () => {
    expect(Object.keys(CLIENT_ACTION_NAMES).filter((tag) => !VIEW_NAME.test(tag))).toEqual([]);
  });
});
