import { renderClientAction } from './client-actions.js';
import { is17, setDocumentTitle } from './env.js';
import { mountForm, recordDisplayName } from './form-view.js';
import { mountKanban } from './kanban-view.js';
import { mountList } from './list-view.js';
import { renderNavbar } from './navbar.js';
import { notify } from './notifications.js';
import { ACTIONS, actionForModel, findAction } from './registry.js';
import { parseUrl, stackUrl, writeUrl } from './router.js';
import { RpcError, callKw } from './rpc.js';
import { openWizard } from './wizards.js';

/**
 * The breadcrumb stack and its rendering: which controller is shown in `.o_action_manager`,
 * the navbar of the current app, `document.title` and the URL. Every navigation goes through
 * `navigate()`, which first lets the current form save itself (Odoo saves a dirty record when
 * you leave it) and then pushes the new URL with `history.pushState`.
 */

const { document } = globalThis;

const VIEWS = { list: mountList, kanban: mountKanban, form: mountForm };

const state = { app: 'discuss', stack: [] };
let renderToken = 0;

/** Renders what the address bar says; rewrites it when it was incomplete (`/odoo`, `/web`). */
export async function loadFromUrl({ initial = false } = {}) {
  const parsed = parseUrl();
  state.stack = parsed.stack;
  if (parsed.app) state.app = parsed.app;
  await render({ url: parsed.redirect ? 'replace' : initial ? 'replace' : 'none' });
}

/** Opens an app or menu entry: a new stack with the action's first view. */
export function openMenu(appKey, actionKey) {
  return navigate(() => {
    state.app = appKey;
    state.stack = [rootController(actionKey)];
  });
}

/** Follows an in-app link (18 `/odoo/...` hrefs). */
export function openUrl(url) {
  return navigate(() => {
    const parsed = parseUrl(new URL(url, document.baseURI));
    state.stack = parsed.stack;
    if (
      parsed.app &&
      parsed.stack.length > 0 &&
      ACTIONS[parsed.stack[0].action].app !== state.app
    ) {
      state.app = parsed.app;
    }
  });
}

async function navigate(change, { url = 'push' } = {}) {
  const current = state.stack.at(-1);
  if (current?.beforeLeave && !(await current.beforeLeave())) return;
  change();
  await render({ url });
}

async function render({ url }) {
  const token = ++renderToken;
  const top = state.stack.at(-1);

  let root;
  try {
    await ensureBreadcrumbNames(state.stack.slice(0, -1));
    const env = createEnv(top);
    root = top.view === 'client' ? renderClientAction(top, env) : await VIEWS[top.view](top, env);
  } catch (error) {
    if (token !== renderToken) return;
    if (error instanceof RpcError && error.exceptionName === 'odoo.exceptions.MissingError') {
      return showMissingRecord(top, url);
    }
    throw error;
  }
  if (token !== renderToken) return;

  document.querySelector('.o_action_manager').replaceChildren(root);
  document.querySelector('header.o_navbar').replaceWith(renderNavbar(state.app, openMenu));
  setDocumentTitle(top.displayName);
  if (url !== 'none') writeUrl(stackUrl(state.stack, state.app), { replace: url === 'replace' });
}

/** What views receive: the way to navigate from them and the breadcrumbs above them. */
function createEnv(controller) {
  const index = state.stack.indexOf(controller);
  const breadcrumbs = state.stack.slice(0, index).map((crumb, i) => ({
    name: crumb.displayName,
    isRecord: crumb.view === 'form',
    href: stackUrl(state.stack.slice(0, i + 1), state.app),
    onSelect: () => restore(i),
  }));

  const env = {
    breadcrumbs,
    restore,
    /** Re-renders the current controller (after a save or a button), keeping the URL. */
    reload: () => render({ url: 'replace' }),
    openRecord: (resId, ids) =>
      navigate(() => {
        state.stack.push({
          action: controller.action,
          view: 'form',
          resId,
          ids,
          activeId: controller.activeId,
        });
      }),
    /** Replaces the current form by another record of the same list (pager). */
    showRecord: (resId) =>
      navigate(() => {
        state.stack[state.stack.length - 1] = { ...controller, resId, beforeLeave: null };
      }),
    switchView: (view) =>
      navigate(() => {
        state.stack[state.stack.length - 1] = { ...controller, view };
      }),
    doAction: (actionKey, options = {}) =>
      navigate(() => {
        state.stack.push({ ...rootController(actionKey), ...options });
      }),
    /** Follows what a button returned: nothing (reload), a wizard or another record. */
    executeAction: (result, source) => executeAction(result, source, env),
  };
  return env;
}

async function executeAction(result, source, env) {
  if (!result || result.type === 'ir.actions.act_window_close') return env.reload();
  if (result.type !== 'ir.actions.act_window') return env.reload();

  const context = {
    active_model: source.model,
    active_id: source.resIds?.[0],
    active_ids: source.resIds,
    ...(result.context ?? {}),
  };
  if (result.target === 'new') {
    return openWizard(
      { ...result, context },
      { onDone: (next) => executeAction(next, source, env) },
    );
  }

  const action = findAction(result.xml_id) ?? actionForModel(result.res_model);
  if (!action) return env.reload();
  return navigate(() => {
    state.stack.push({
      action,
      view: result.res_id ? 'form' : ACTIONS[action].views[0],
      resId: result.res_id || undefined,
      activeId: result.context?.active_id ?? source.resIds?.[0],
    });
  });
}

function restore(index) {
  return navigate(() => {
    state.stack = state.stack.slice(0, index + 1);
  });
}

function rootController(actionKey) {
  const action = ACTIONS[actionKey];
  return { action: actionKey, view: action.type === 'client' ? 'client' : action.views[0] };
}

/** Names of the levels under the current one, read when the stack came from a URL. */
async function ensureBreadcrumbNames(controllers) {
  for (const controller of controllers) {
    if (controller.displayName) continue;
    const action = ACTIONS[controller.action];
    if (controller.view !== 'form') {
      controller.displayName = action.name;
      continue;
    }
    if (controller.resId === 'new' || controller.resId === undefined) {
      controller.displayName = 'New';
      continue;
    }
    const [record] = await callKw(action.model, 'web_read', [[controller.resId]]);
    controller.displayName = recordDisplayName(action.model, record);
  }
}

/** Odoo's answer to a URL naming a deleted record: 18 falls back to the list, 17 shows nothing. */
function showMissingRecord(controller, url) {
  if (is17) {
    notify({
      type: 'danger',
      message: `Can't fetch record(s) ${controller.resId}. They might have been deleted.`,
    });
    document.querySelector('.o_action_manager').replaceChildren();
    document.querySelector('header.o_navbar').replaceWith(renderNavbar(state.app, openMenu));
    document.title = 'Odoo';
    return;
  }
  notify({
    type: 'danger',
    message: `It seems the records with IDs ${controller.resId} cannot be found. They might have been deleted.`,
  });
  state.stack =
    state.stack.length > 1 ? state.stack.slice(0, -1) : [rootController(controller.action)];
  return render({ url: url === 'none' ? 'replace' : url });
}
