import type { Context, Hono } from 'hono';
import { z } from 'zod';

import { WIZARD_MODELS, callButton } from './buttons.ts';
import { invoiceTotal, readRecord, saveRecord, searchRecords } from './records.ts';
import { sessionInfo } from './session-info.ts';
import type { Session, Sessions } from './sessions.ts';
import type { SandboxStore } from './store.ts';
import { OdooError, userError } from './types.ts';

/**
 * Odoo's JSON-RPC routes, as far as the sandbox client uses them: session info, `call_kw`
 * (search, read, save), `call_button` (object buttons) and `action/load` (action buttons).
 * Errors come back the way Odoo sends them: HTTP 200 with an `error` member.
 */

export interface RpcDeps {
  store: SandboxStore;
  sessions: Sessions;
  /** Milliseconds to wait before answering a button call, so the loading indicator shows. */
  buttonDelayMs: () => number;
}

const rpcBodySchema = z.object({
  jsonrpc: z.literal('2.0').optional(),
  id: z.union([z.number(), z.string(), z.null()]).optional(),
  params: z.record(z.string(), z.unknown()).default({}),
});

const callSchema = z.object({
  model: z.string(),
  method: z.string(),
  args: z.array(z.unknown()).default([]),
  kwargs: z.record(z.string(), z.unknown()).default({}),
});

type Params = Record<string, unknown>;

/** What Odoo answers to a JSON request without a valid session cookie. */
export const SESSION_EXPIRED_ERROR = {
  code: 100,
  message: 'Odoo Session Expired',
  data: {
    name: 'odoo.http.SessionExpiredException',
    message: 'Session expired',
    arguments: ['Session expired'],
    context: {},
    debug: '',
  },
};

/** Action ids (17 and 18) and the xml id of "Create invoice(s)", the only `type="action"` button. */
const INVOICE_WIZARD_ACTION_IDS = ['510', '476', 'sale.action_view_sale_advance_payment_inv'];

export function registerRpcRoutes(app: Hono, deps: RpcDeps): void {
  const { store } = deps;

  app.post('/web/session/get_session_info', (c) =>
    answer(c, deps, (_params, session) => sessionInfo(store, session)),
  );
  app.post('/web/webclient/version_info', (c) =>
    answer(c, deps, (_params, session) => {
      const info = sessionInfo(store, session);
      return { server_version: info.server_version, server_version_info: info.server_version_info };
    }),
  );

  const callKw = (c: Context) =>
    answer(c, deps, (params, session) => runCallKw(deps, params, session));
  app.post('/web/dataset/call_kw', callKw);
  app.post('/web/dataset/call_kw/*', callKw);

  const button = (c: Context) => answer(c, deps, (params) => runButton(deps, params));
  app.post('/web/dataset/call_button', button);
  app.post('/web/dataset/call_button/*', button);

  app.post('/web/action/load', (c) =>
    answer(c, deps, (params) => {
      if (!INVOICE_WIZARD_ACTION_IDS.includes(String(params.action_id))) {
        throw new OdooError(
          'odoo.addons.web.controllers.action.MissingActionError',
          `The action "${String(params.action_id)}" does not exist.`,
        );
      }
      return {
        id: Number(params.action_id) || 510,
        type: 'ir.actions.act_window',
        xml_id: 'sale.action_view_sale_advance_payment_inv',
        res_model: 'sale.advance.payment.inv',
        view_mode: 'form',
        views: [[false, 'form']],
        target: 'new',
        context: {},
      };
    }),
  );
}

async function answer(
  c: Context,
  deps: RpcDeps,
  run: (params: Params, session: Session) => unknown,
): Promise<Response> {
  const body = rpcBodySchema.safeParse(await c.req.json().catch(() => null));
  const id = body.success ? (body.data.id ?? null) : null;
  if (!body.success) {
    const error = {
      code: -32700,
      message: 'Invalid JSON-RPC body: expected {"jsonrpc":"2.0","params":{...}}.',
    };
    return c.json({ jsonrpc: '2.0', id, error }, 400);
  }

  const session = deps.sessions.get(c);
  if (!session) return c.json({ jsonrpc: '2.0', id, error: SESSION_EXPIRED_ERROR });

  try {
    return c.json({ jsonrpc: '2.0', id, result: (await run(body.data.params, session)) ?? false });
  } catch (error) {
    if (!(error instanceof OdooError)) throw error;
    const data = {
      name: error.exceptionName,
      message: error.message,
      arguments: [error.message],
      context: {},
      debug: `Traceback (most recent call last):\n${error.exceptionName}: ${error.message}`,
    };
    return c.json({ jsonrpc: '2.0', id, error: { code: 200, message: 'Odoo Server Error', data } });
  }
}

function runCallKw(deps: RpcDeps, params: Params, session: Session): unknown {
  const call = parseCall(params);
  const { store } = deps;
  const context = (call.kwargs.context ?? {}) as Record<string, unknown>;
  const ids = Array.isArray(call.args[0]) ? (call.args[0] as number[]) : [];

  switch (call.method) {
    case 'web_search_read': {
      const domain = Array.isArray(call.kwargs.domain) ? call.kwargs.domain : [];
      const records = searchRecords(store, call.model, domain);
      const offset = Number(call.kwargs.offset) || 0;
      const limit = Number(call.kwargs.limit) || 80;
      return { length: records.length, records: records.slice(offset, offset + limit) };
    }
    case 'search_count':
      return searchRecords(store, call.model, Array.isArray(call.args[0]) ? call.args[0] : [])
        .length;
    case 'read':
    case 'web_read':
      return ids.map((id) => readRecord(store, call.model, id));
    case 'web_save': {
      const vals = (call.args[1] ?? {}) as Record<string, unknown>;
      if (WIZARD_MODELS.includes(call.model)) {
        return [{ id: store.createWizard(call.model, vals, context).id }];
      }
      const saved = saveRecord(store, call.model, ids[0] ?? null, vals, {
        uid: session.uid,
        defaultPickingTypeId: Number(context.default_picking_type_id) || undefined,
      });
      return [readRecord(store, call.model, saved)];
    }
    case 'name_search':
      return nameSearch(store, call.model, String(call.kwargs.name ?? ''));
    case 'default_get':
      return wizardDefaults(store, call.model, context);
    case 'unlink':
      return unlink(store, call.model, ids);
    default:
      throw new OdooError(
        'builtins.AttributeError',
        `The method '${call.method}' does not exist on the model '${call.model}'`,
      );
  }
}

async function runButton(deps: RpcDeps, params: Params): Promise<unknown> {
  const call = parseCall(params);
  const ids = Array.isArray(call.args[0]) ? (call.args[0] as number[]) : [];
  const context = (call.kwargs.context ?? {}) as Record<string, unknown>;
  const delay = deps.buttonDelayMs();
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
  return callButton(deps.store, call.model, call.method, ids, context);
}

function parseCall(params: Params) {
  const call = callSchema.safeParse(params);
  if (!call.success) {
    throw new OdooError(
      'builtins.ValueError',
      'Expected params {model, method, args, kwargs} as in Odoo JSON-RPC calls.',
    );
  }
  return call.data;
}

function wizardDefaults(store: SandboxStore, model: string, context: Record<string, unknown>) {
  const activeIds = Array.isArray(context.active_ids)
    ? (context.active_ids as number[])
    : [Number(context.active_id)].filter(Number.isInteger);

  if (model === 'account.payment.register') {
    const invoice = store.get('invoices', activeIds[0] ?? 0);
    return {
      amount: invoiceTotal(invoice) - invoice.amountPaid,
      journal_id: [1, 'Bank'],
      payment_method_line_id: [1, 'Manual Payment'],
      payment_date: new Date().toISOString().slice(0, 10),
      communication: invoice.name ?? '',
    };
  }
  if (model === 'sale.advance.payment.inv') {
    return { advance_payment_method: 'delivered', count: activeIds.length };
  }
  return {};
}

function unlink(store: SandboxStore, model: string, ids: number[]) {
  if (model !== 'sale.order') {
    throw new OdooError(
      'odoo.exceptions.AccessError',
      `You are not allowed to delete ${model} records.`,
    );
  }
  for (const id of ids) {
    const order = store.get('saleOrders', id);
    if (order.state !== 'draft' && order.state !== 'cancel') {
      throw userError(
        'You can not delete a sent quotation or a confirmed sales order. You must first cancel it.',
      );
    }
  }
  store.data.saleOrders = store.data.saleOrders.filter((order) => !ids.includes(order.id));
  return true;
}

function nameSearch(store: SandboxStore, model: string, name: string): [number, string][] {
  const rows =
    model === 'res.partner'
      ? store.data.partners
      : model === 'product.product'
        ? store.data.products
        : null;
  if (!rows) throw new OdooError('builtins.KeyError', `name_search is not available on ${model}.`);
  const needle = name.toLowerCase();
  return rows
    .filter((row) => row.name.toLowerCase().includes(needle))
    .map((row) => [row.id, row.name]);
}
