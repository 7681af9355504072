import { VERSION } from './env.js';
import {
  ACTIONS,
  actionForModel,
  actionId,
  appByKey,
  appByMenuId,
  findAction,
} from './registry.js';

/**
 * URL ⇄ breadcrumb stack. A stack is a list of controllers
 * `{ action, view, resId?, activeId?, activeModel? }` (action = key in `ACTIONS`).
 *
 * 17: `/web#action=344&model=stock.picking&view_type=form&id=9&cids=1&menu_id=177`, only the
 * top controller is in the URL. 18: `/odoo/<group>/<group>…`, one group per breadcrumb level,
 * a group being `[<active_id>/]<action path|action-<id>|model>[/<res id>|/new]`.
 */

const { location, history } = globalThis;

/** The stack and app a URL describes; `redirect` is set when the URL must be rewritten. */
export function parseUrl(url = location) {
  return VERSION === 17 ? parseHash(url.hash) : parsePath(url.pathname, url.search);
}

/** The URL of a stack, as this version writes it. */
export function stackUrl(stack, appKey) {
  return VERSION === 17 ? hashUrl(stack, appKey) : pathUrl(stack);
}

/** `pushState` / `replaceState`: Odoo never assigns `location.hash`, so no hashchange fires. */
export function writeUrl(url, { replace = false } = {}) {
  if (url === location.pathname + location.search + location.hash) return;
  if (replace) history.replaceState({ sandbox: true }, '', url);
  else history.pushState({ sandbox: true }, '', url);
}

function parseHash(hash) {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const app = appByMenuId(params.get('menu_id'))?.key ?? null;
  const actionRef = params.get('action');
  const model = params.get('model');

  if (actionRef === 'import') {
    return { app, stack: [{ action: 'import', view: 'client', activeModel: model }] };
  }
  const action = findAction(actionRef) ?? (model ? actionForModel(model) : null);
  if (!action)
    return {
      app: app ?? 'discuss',
      stack: [{ action: 'discuss', view: 'client' }],
      redirect: true,
    };
  if (ACTIONS[action].type === 'client')
    return { app: app ?? ACTIONS[action].app, stack: [{ action, view: 'client' }] };

  const viewType = params.get('view_type') ?? ACTIONS[action].views[0];
  const activeId = numberOrUndefined(params.get('active_id'));
  const resId = params.has('id') ? Number(params.get('id')) : 'new';
  const multi = { action, view: multiView(action, viewType), activeId };
  const stack =
    viewType !== 'form'
      ? [multi]
      : activeId === undefined
        ? [
            { action, view: ACTIONS[action].views[0] },
            { action, view: 'form', resId },
          ]
        : [{ action, view: 'form', resId, activeId }];
  return { app: app ?? ACTIONS[action].app, stack };
}

function parsePath(pathname, search) {
  const query = new URLSearchParams(search);
  const segments = pathname
    .replace(/^\/odoo\/?/, '')
    .split('/')
    .filter(Boolean)
    .map(decodeURIComponent);
  if (segments.length === 0)
    return { app: 'discuss', stack: [{ action: 'discuss', view: 'client' }], redirect: true };

  const groups = [];
  let pendingActiveId;
  for (const segment of segments) {
    const current = groups.at(-1);
    if (/^\d+$/.test(segment) || segment === 'new') {
      const id = segment === 'new' ? 'new' : Number(segment);
      if (current && current.resId === undefined && current.action !== 'import') current.resId = id;
      else pendingActiveId = id;
      continue;
    }
    const action = segmentAction(segment);
    if (!action)
      return { app: 'discuss', stack: [{ action: 'discuss', view: 'client' }], redirect: true };
    const activeId =
      pendingActiveId ?? (typeof current?.resId === 'number' ? current.resId : undefined);
    groups.push({ action, activeId: groups.length === 0 ? undefined : activeId });
    pendingActiveId = undefined;
  }

  const stack = groups.flatMap((group, index) => {
    const action = ACTIONS[group.action];
    if (action.type === 'client') {
      return [
        {
          action: group.action,
          view: 'client',
          activeModel: query.get('active_model') ?? undefined,
        },
      ];
    }
    const form = {
      action: group.action,
      view: 'form',
      resId: group.resId,
      activeId: group.activeId,
    };
    if (group.resId !== undefined && index > 0) return [form];
    const multi = { action: group.action, view: action.views[0], activeId: group.activeId };
    return group.resId === undefined ? [multi] : [multi, form];
  });

  const last = stack.at(-1);
  const viewType = query.get('view_type');
  if (viewType && last.view !== 'form' && last.view !== 'client')
    last.view = multiView(last.action, viewType);
  return { app: ACTIONS[stack[0].action].app ?? null, stack };
}

function hashUrl(stack, appKey) {
  const top = stack.at(-1);
  const menuId = appByKey(appKey)?.menuId;
  const params = [];
  const add = (key, value) =>
    value !== undefined && value !== null && params.push(`${key}=${value}`);

  if (top.action === 'import') {
    add('action', 'import');
    add('model', top.activeModel);
  } else if (top.view === 'form') {
    add('id', top.resId === 'new' ? undefined : top.resId);
    add('cids', 1);
    add('action', actionId(top.action));
    add('active_id', top.activeId);
    add('model', ACTIONS[top.action].model);
    add('view_type', 'form');
  } else {
    add('action', actionId(top.action));
    add('active_id', top.activeId);
    add('model', ACTIONS[top.action].model);
    add('view_type', ACTIONS[top.action].type === 'client' ? undefined : top.view);
  }
  if (!params.some((p) => p.startsWith('cids='))) add('cids', 1);
  add('menu_id', menuId);
  return `/web#${params.join('&')}`;
}

function pathUrl(stack) {
  const parts = [];
  const query = new URLSearchParams();
  let previousResId;

  stack.forEach((controller, index) => {
    const previous = stack[index - 1];
    const joinsPrevious =
      controller.view === 'form' &&
      previous &&
      previous.action === controller.action &&
      previous.view !== 'form' &&
      previous.activeId === controller.activeId;
    if (!joinsPrevious) {
      if (controller.activeId !== undefined && controller.activeId !== previousResId) {
        parts.push(controller.activeId);
      }
      const action = ACTIONS[controller.action];
      parts.push(
        action.path ??
          (action.tag === 'import' ? 'import' : `action-${actionId(controller.action)}`),
      );
    }
    previousResId = undefined;
    if (controller.view === 'form') {
      parts.push(controller.resId);
      previousResId = controller.resId;
    }
  });

  const top = stack.at(-1);
  if (top.action === 'import' && top.activeModel) query.set('active_model', top.activeModel);
  if (top.view !== 'form' && top.view !== 'client' && top.view !== ACTIONS[top.action].views[0]) {
    query.set('view_type', top.view);
  }
  const search = query.toString();
  return `/odoo/${parts.join('/')}${search ? `?${search}` : ''}`;
}

function segmentAction(segment) {
  if (segment.startsWith('action-')) return findAction(segment.slice('action-'.length));
  if (segment.startsWith('m-')) return actionForModel(segment.slice(2));
  if (segment.includes('.')) return actionForModel(segment);
  return findAction(segment);
}

/** The sandbox renders list and kanban; other multi-record views fall back to the first one. */
function multiView(action, viewType) {
  const supported = ACTIONS[action].model === 'stock.picking.type' ? ['kanban'] : ['list'];
  return supported.includes(viewType) ? viewType : ACTIONS[action].views[0];
}

function numberOrUndefined(value) {
  return value === null || value === '' ? undefined : Number(value);
}
