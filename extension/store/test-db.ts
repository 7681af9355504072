import 'fake-indexeddb/auto';

import type { CapturedEvent } from '../../core/events/schema.ts';
import type { Screen } from '../../core/screen/types.ts';
import { PathlightDb } from './db.ts';

/** A fresh, uniquely named store over the in-memory IndexedDB, for unit tests. */
export function openTestDb(): PathlightDb {
  return new PathlightDb(`pathlight-test-${crypto.randomUUID()}`);
}

export const RECEIPT_FORM: Screen = {
  version: 18,
  app: 'stock.menu_stock_root',
  model: 'stock.picking',
  viewType: 'form',
  state: 'assigned',
  dialog: null,
};

/** A click on Validate at time `t`. */
export function validateClick(t: number): CapturedEvent {
  return {
    type: 'click',
    t,
    screen: RECEIPT_FORM,
    target: {
      role: 'primary_action',
      name: 'button_validate',
      buttonType: 'object',
      widget: null,
      menu: null,
      state: null,
      depth: null,
      label: 'Validate',
      inDialog: false,
      disabled: false,
      covered: false,
    },
  };
}
