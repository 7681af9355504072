import type { StoredEvent } from '../events/schema.ts';
import { SYNC_SENT } from '../events/schema.ts';

/** Session ids as the extension makes them. */
export const SESSION_A = '0b5f6c1e-2d3a-4f5b-8c7d-9e0f1a2b3c4d';
export const SESSION_B = '7a8b9c0d-1e2f-4a3b-9c4d-5e6f7a8b9c0d';

const RECEIPT_FORM = {
  version: 18,
  app: 'stock.menu_stock_root',
  model: 'stock.picking',
  viewType: 'form',
  state: 'assigned',
  dialog: null,
};

const RECEIPT_LIST = { ...RECEIPT_FORM, viewType: 'list', state: null };

/** Three stored events of two sessions: a load, a click on Validate, a copy. */
export function storedEvents(t0 = Date.UTC(2026, 11, 3, 9)): StoredEvent[] {
  return [
    {
      id: 1,
      session: SESSION_A,
      sync: SYNC_SENT,
      type: 'navigate',
      t: t0,
      screen: RECEIPT_LIST,
      cause: 'load',
      kind: 'load',
      levels: null,
    },
    {
      id: 2,
      session: SESSION_A,
      sync: SYNC_SENT,
      type: 'click',
      t: t0 + 1500,
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
    },
    {
      id: 5,
      session: SESSION_B,
      sync: SYNC_SENT,
      type: 'copy',
      t: t0 + 9000,
      screen: RECEIPT_FORM,
    },
  ];
}
