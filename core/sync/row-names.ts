/**
 * The shapes a row's technical names must have before they leave the browser. They are narrower
 * than what the local store accepts: lower-case, no spaces except in a state key, and models and
 * app xmlids always dotted, as Odoo's are. No pattern can tell a one-word login from a view type;
 * these shapes only stop text that cannot be a technical name (names with capitals or spaces,
 * sentences). The guarantee that values are never captured lies in the extension, and the
 * browser privacy test proves it.
 */

/** A model such as `stock.picking` or an app's root menu xmlid such as `stock.menu_stock_root`. */
export const DOTTED_NAME = /^[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+$/;

/** A view type (`form`) or a client action tag (`import`, `mail.action_discuss`). */
export const VIEW_NAME = /^[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)*$/;

/** A selection key (`assigned`, `to approve`) or a many2one stage id (`4`). */
export const STATE_KEY = /^[a-z0-9_]+(?: [a-z0-9_]+)*$/;

/** A golden path id, as `paths/` files spell it. */
export const FLOW_ID = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;

/** A golden path's step id, as `paths/` files spell it. */
export const STEP_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A button, field or error kind name: `button_validate`, `lot_name`, `user_error`. */
export const TECHNICAL_NAME = /^[a-z0-9_][a-z0-9_.-]*$|^-$/;

/** A role or team as IT names it by policy: `warehouse`, `north-site`. */
export const COHORT_NAME = /^[a-z0-9]+(?:[_-][a-z0-9]+)*$/;

/** The local session id: a random UUID. */
export const SESSION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The sending software and its version, e.g. `pathlight-extension/0.1.0`. */
export const CLIENT_NAME = /^[a-z0-9][a-z0-9._/+-]{0,39}$/;

/** `value` when it has the shape, otherwise null: a name that cannot be sent is left out. */
export function keepIfShaped(value: string | null, shape: RegExp): string | null {
  return value !== null && shape.test(value) ? value : null;
}
