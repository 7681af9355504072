import type { Screen } from '../screen/index.ts';
import { recogniseApp } from './app.ts';
import { findController } from './controller.ts';
import { recogniseDialog } from './dialog.ts';
import { recogniseModel } from './model.ts';
import { recogniseState } from './state.ts';
import type { DomRoot } from './types.ts';
import { parseOdooUrl } from './url.ts';
import { recogniseVersion } from './version.ts';
import { recogniseViewType } from './view-type.ts';

/**
 * Tells which Odoo screen a page shows, from its address and DOM structure alone.
 *
 * Reads technical names only (classes, `name`/`data-*` attributes, Odoo's fixed dialog titles),
 * never field values, so the result is safe to record. Unknown parts are `null`.
 *
 * @example recognise('https://erp.example.com/odoo/receipts/9', document)
 *   // → { version: 18, app: 'stock.menu_stock_root', model: 'stock.picking', viewType: 'form', … }
 */
export function recognise(url: string, root: DomRoot): Screen {
  const address = parseOdooUrl(url);
  const controller = findController(root);

  const version = recogniseVersion(address, root);
  const model = recogniseModel(address, controller);

  return {
    version,
    app: recogniseApp(root),
    model,
    viewType: recogniseViewType(address, controller),
    state: recogniseState(root),
    dialog: recogniseDialog(root, { version, model }),
  };
}
