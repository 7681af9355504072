import { h } from './dom.js';
import { loadingHost } from './main-components.js';
import { session } from './env.js';

/**
 * JSON-RPC to the sandbox server, shaped like Odoo's (`/web/dataset/call_kw/<model>/<method>`,
 * `/web/dataset/call_button/<model>/<method>`, `/web/action/load`). While any call has been
 * pending for more than 250 ms, `span.o_loading_indicator` is shown, as Odoo's LoadingIndicator.
 */

const { fetch, setTimeout, clearTimeout, location } = globalThis;

/** Odoo shows the indicator only for calls slower than this. */
const LOADING_DELAY_MS = 250;

let nextId = 1;
let pending = 0;
let loadingTimer = null;

/** A server error as Odoo sends it: `exceptionName` is the Python class, e.g. `...UserError`. */
export class RpcError extends Error {
  constructor(error) {
    super(error.data?.message ?? error.message);
    this.name = 'RpcError';
    this.code = error.code;
    this.exceptionName = error.data?.name ?? null;
  }
}

export async function rpc(route, params = {}) {
  begin();
  try {
    const response = await fetch(route, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', method: 'call', id: nextId++, params }),
    });
    const body = await response.json();
    if (body.error?.code === 100) {
      location.assign(
        `/web/login?redirect=${encodeURIComponent(location.pathname + location.hash)}`,
      );
    }
    if (body.error) throw new RpcError(body.error);
    return body.result;
  } finally {
    end();
  }
}

export function callKw(model, method, args = [], kwargs = {}) {
  const context = { ...userContext(), ...(kwargs.context ?? {}) };
  return rpc(`/web/dataset/call_kw/${model}/${method}`, {
    model,
    method,
    args,
    kwargs: { ...kwargs, context },
  });
}

export function callButton(model, method, ids, context = {}) {
  return rpc(`/web/dataset/call_button/${model}/${method}`, {
    model,
    method,
    args: [ids],
    kwargs: { context: { ...userContext(), ...context } },
  });
}

export function loadAction(actionId, context = {}) {
  return rpc('/web/action/load', {
    action_id: actionId,
    context: { ...userContext(), ...context },
  });
}

function userContext() {
  return { lang: 'en_US', tz: 'Europe/Brussels', uid: session.uid, allowed_company_ids: [1] };
}

function begin() {
  pending += 1;
  if (pending === 1) loadingTimer = setTimeout(showIndicator, LOADING_DELAY_MS);
}

function end() {
  pending -= 1;
  if (pending > 0) return;
  clearTimeout(loadingTimer);
  loadingHost()?.replaceChildren();
}

function showIndicator() {
  loadingHost()?.replaceChildren(h('span.o_loading_indicator', 'Loading'));
}
