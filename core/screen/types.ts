/**
 * What Pathlight sees of an Odoo page: the screen a user is on.
 *
 * Every key holds a technical name read from the URL or the DOM structure, never a field value.
 * Unknown values are `null`.
 */

/** The kinds of dialog Pathlight tells apart. */
export const DIALOG_KINDS = [
  'wizard',
  'validation_error',
  'user_error',
  'access_error',
  'missing_fields',
  'server_error',
  'export',
  'import',
  'confirm',
  'other',
] as const;

export type DialogKind = (typeof DIALOG_KINDS)[number];

/** The topmost open dialog. `model` is the wizard's model where the page shows it. */
export interface Dialog {
  kind: DialogKind;
  model: string | null;
}

export interface Screen {
  /** Odoo major version: 16, 17, 18 or later. */
  version: number | null;
  /** The current app's root menu xmlid, e.g. `stock.menu_stock_root`. */
  app: string | null;
  /** Technical model of the current controller, e.g. `stock.picking`. */
  model: string | null;
  /** `list`, `form`, `kanban`, ... or a client action's tag such as `import`. */
  viewType: string | null;
  /** Selection key of the statusbar's current state, e.g. `assigned`. */
  state: string | null;
  dialog: Dialog | null;
}

export const UNKNOWN_SCREEN: Screen = Object.freeze({
  version: null,
  app: null,
  model: null,
  viewType: null,
  state: null,
  dialog: null,
});
