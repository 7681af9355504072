import { ACTION_XMLID_MODELS } from './action-models.ts';
import { CLIENT_ACTION_MARKERS, CLIENT_ACTION_PATHS, URL_CLIENT_TAGS } from './client-actions.ts';
import { classesOf } from './controller.ts';
import type { DomElement } from './types.ts';
import type { OdooUrl } from './url.ts';

/**
 * View types whose controller root carries `o_<type>_view` (REFERENCE §2.4). A closed list,
 * because js_class classes also end in `_view` (`o_account_move_form_view`).
 */
const VIEW_TYPES: ReadonlySet<string> = new Set([
  'list',
  'form',
  'kanban',
  'calendar',
  'pivot',
  'graph',
  'activity',
  'gantt',
  'map',
  'cohort',
  'hierarchy',
  'grid',
]);

/** The view type, or a client action's tag such as `import` or `mail.action_discuss`. */
export function recogniseViewType(
  address: OdooUrl | null,
  controller: DomElement | null,
): string | null {
  const fromUrl = address ? explicitViewType(address) : null;
  if (fromUrl) return fromUrl;

  const fromDom = controller ? viewTypeFromDom(controller) : null;
  if (fromDom) return fromDom;

  return address ? clientTagFromHash(address) : null;
}

/** What the address states outright: `view_type`, a record (always a form), a client tag. */
function explicitViewType(address: OdooUrl): string | null {
  if (address.viewType) return address.viewType;

  const { action } = address;
  if (action && URL_CLIENT_TAGS.has(action)) return action;

  // A record without `view_type` is a form: 18 puts `view_type` in the query only for other
  // views and gives every form a `resId`, `new` included (REFERENCE §1.2).
  if (address.resId !== null) return 'form';

  if (address.grammar === 'path' && action) return CLIENT_ACTION_PATHS[action] ?? null;
  return null;
}

function viewTypeFromDom(controller: DomElement): string | null {
  for (const token of classesOf(controller)) {
    const type = /^o_(\w+?)_view$/.exec(token)?.[1];
    if (type && VIEW_TYPES.has(type)) return type;
  }

  const active = controller.querySelector('.o_switch_view.active');
  if (active) {
    const type = classesOf(active).find((token) => VIEW_TYPES.has(token.replace(/^o_/, '')));
    if (type) return type.replace(/^o_/, '');
  }

  const marker = CLIENT_ACTION_MARKERS.find(
    ({ selector }) => controller.matches(selector) || controller.querySelector(selector),
  );
  return marker?.tag ?? null;
}

/**
 * A 16/17 hash names a client action without id by its tag (REFERENCE §1.1). It looks like an
 * xmlid when it has a dot, so known window-action xmlids are ruled out first.
 */
function clientTagFromHash(address: OdooUrl): string | null {
  const { action } = address;
  if (address.grammar !== 'hash' || !action || address.model) return null;
  if (/^\d+$/.test(action) || action in ACTION_XMLID_MODELS) return null;
  return action;
}
