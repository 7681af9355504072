import type { Target } from '../events/schema.ts';
import type { Screen } from '../screen/types.ts';
import type { DetectEvent } from './types.ts';

/** Builders of the events detector tests need, on a Ready receipt unless told otherwise. */

export const RECEIPT: Screen = {
  version: 18,
  app: 'stock.menu_stock_root',
  model: 'stock.picking',
  viewType: 'form',
  state: 'assigned',
  dialog: null,
};

export const LIST: Screen = { ...RECEIPT, viewType: 'list', state: null };

export function target(role: Target['role'], fields: Partial<Target> = {}): Target {
  return {
    role,
    name: null,
    buttonType: null,
    widget: null,
    menu: null,
    state: null,
    depth: null,
    label: null,
    inDialog: false,
    disabled: false,
    covered: false,
    ...fields,
  };
}

export const VALIDATE = target('primary_action', {
  name: 'button_validate',
  buttonType: 'object',
  label: 'Validate',
});

type Extra = { screen?: Screen; session?: string };

export const click = (t: number, on: Target = VALIDATE, extra: Extra = {}): DetectEvent => ({
  type: 'click',
  t,
  screen: extra.screen ?? RECEIPT,
  target: on,
  ...(extra.session ? { session: extra.session } : {}),
});

export const noEffect = (clickT: number, extra: Extra = {}): DetectEvent => ({
  type: 'no_effect',
  t: clickT + 1500,
  clickT,
  windowMs: 1500,
  screen: extra.screen ?? RECEIPT,
  ...(extra.session ? { session: extra.session } : {}),
});

export const hover = (t: number, dwellMs: number, clicked = false, on = VALIDATE): DetectEvent => ({
  type: 'hover',
  t,
  screen: RECEIPT,
  target: on,
  dwellMs,
  clicked,
});

export const navigate = (
  t: number,
  kind: Extract<DetectEvent, { type: 'navigate' }>['kind'],
  screen: Screen = LIST,
): DetectEvent => ({ type: 'navigate', t, screen, cause: 'push', kind, levels: null });

export const page = (
  t: number,
  state: Extract<DetectEvent, { type: 'page' }>['state'],
): DetectEvent => ({ type: 'page', t, screen: RECEIPT, state });

export const errorDialog = (
  t: number,
  kind: 'user_error' | 'access_error' | 'validation_error' = 'user_error',
  extra: Extra = {},
): DetectEvent => ({
  type: 'dialog_open',
  t,
  screen: { ...(extra.screen ?? RECEIPT), dialog: { kind, model: null } },
  dialog: { kind, model: null },
  ...(extra.session ? { session: extra.session } : {}),
});

export const field = (
  t: number,
  action: Extract<DetectEvent, { type: 'field' }>['action'],
  name = 'partner_id',
  screen: Screen = RECEIPT,
): DetectEvent => ({
  type: 'field',
  t,
  screen,
  action,
  field: name,
  widget: 'many2one',
  required: true,
  empty: action === 'clear' || action === 'invalid',
});

export const exported = (t: number, screen: Screen = LIST): DetectEvent => ({
  type: 'export',
  t,
  screen,
  step: 'sent',
  importCompatible: true,
  format: 'xlsx',
  fields: 3,
});

export const imported = (t: number, model: string): DetectEvent => ({
  type: 'import',
  t,
  screen: { ...LIST, model, viewType: 'import' },
  step: 'file_chosen',
  model,
  errors: null,
});
