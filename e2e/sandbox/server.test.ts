import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { startSandbox, type Sandbox } from './server.ts';

let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ buttonDelayMs: 0 });
});

afterAll(async () => {
  await sandbox.close();
});

beforeEach(() => {
  sandbox.reset();
});

describe('login', () => {
  it('logs in through the form, sets session_id and lands on 18 Discuss', async () => {
    const response = await post('/web/login', new URLSearchParams({ login: 'ana', password: 'x' }));

    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/odoo/discuss');
    expect(response.headers.get('set-cookie')).toMatch(/^session_id=[0-9a-f]{40};/);
  });

  it('lands on /web after a login with variant 17', async () => {
    const form = new URLSearchParams({ login: 'ben', password: 'x', variant: '17' });
    const response = await post('/web/login', form);

    expect(response.headers.get('location')).toBe('/web');
  });

  it('refuses an unknown login without setting a cookie', async () => {
    const response = await post(
      '/web/login',
      new URLSearchParams({ login: 'mallory', password: 'x' }),
    );

    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(await response.text()).toContain('Wrong login/password');
  });

  it('sends logged-out app URLs to the login page with the way back', async () => {
    const response = await get('/odoo/receipts');

    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(
      '/web/login?variant=18&redirect=%2Fodoo%2Freceipts',
    );
  });
});

describe('get_session_info', () => {
  it("answers the cookie's uid, the sandbox db and version 18", async () => {
    const cookie = await login('chloe', '/odoo/receipts');
    const body = await rpc('/web/session/get_session_info', {}, cookie);

    expect(body.result).toMatchObject({
      uid: 8,
      db: 'sandbox',
      username: 'chloe',
      server_version_info: [18, 0, 0, 'final', 0, ''],
    });
  });

  it('answers version 17 once the session has loaded /web', async () => {
    const cookie = await login('dev', '/odoo/discuss');
    await get('/web', cookie);
    const body = await rpc('/web/session/get_session_info', {}, cookie);

    expect(body.result.server_version_info[0]).toBe(17);
  });

  it("answers Odoo's session-expired error without a cookie", async () => {
    const body = await rpc('/web/session/get_session_info', {});

    expect(body.result).toBeUndefined();
    expect(body.error).toMatchObject({
      code: 100,
      data: { name: 'odoo.http.SessionExpiredException' },
    });
  });
});

describe('web client shells', () => {
  it('serves the 17 client at /web and the 18 client at /odoo/receipts', async () => {
    const cookie = await login('eve', '/odoo/discuss');

    const shell17 = await (await get('/web', cookie)).text();
    const shell18 = await (await get('/odoo/receipts', cookie)).text();

    expect(shell17).toContain('<body class="o_web_client">');
    expect(shell17).toContain('"server_version_info":[17,0,0,"final",0,""]');
    expect(shell18).toContain('"server_version_info":[18,0,0,"final",0,""]');
    expect(shell18).toContain('src="/sandbox/static/main.js"');
  });

  it('serves the client modules and refuses paths outside public/', async () => {
    const script = await get('/sandbox/static/router.js');
    const escape = await get('/sandbox/static/..%2Fserver.ts');

    expect(script.headers.get('content-type')).toBe('text/javascript');
    expect(await script.text()).toContain('export function parseUrl');
    expect(escape.status).toBe(404);
  });
});

describe('receipt buttons', () => {
  it('validates a receipt whose quantities match the demand: assigned → done', async () => {
    const cookie = await login('ana');
    expect(await pickingState(cookie, 1)).toBe('assigned');

    const body = await button('stock.picking', 'button_validate', [1], cookie);

    expect(body.result).toBe(false);
    expect(await pickingState(cookie, 1)).toBe('done');
  });

  it('answers the backorder wizard for partial quantities, then creates the backorder', async () => {
    const cookie = await login('ana');
    await kw('stock.picking', 'web_save', [[3], { move_ids: [[1, 30, { quantity: 12 }]] }], cookie);

    const validate = await button('stock.picking', 'button_validate', [3], cookie);

    expect(validate.result).toMatchObject({
      res_model: 'stock.backorder.confirmation',
      target: 'new',
      context: { button_validate_picking_ids: [3] },
    });
    expect(await pickingState(cookie, 3)).toBe('assigned');

    const context = validate.result.context;
    const wizard = await kw('stock.backorder.confirmation', 'web_save', [[], {}], cookie, context);
    await button('stock.backorder.confirmation', 'process', [wizard.result[0].id], cookie, context);

    expect(await pickingState(cookie, 3)).toBe('done');
    const backorder = sandbox.store.data.pickings.find((p) => p.backorderId === 3);
    expect(backorder).toMatchObject({ name: 'WH/IN/00008', state: 'assigned' });
    expect(backorder?.moves).toEqual([expect.objectContaining({ productId: 3, demand: 18 })]);
  });

  it('raises the UserError Odoo raises for a lot-tracked product without a lot', async () => {
    const cookie = await login('ana');

    const body = await button('stock.picking', 'button_validate', [6], cookie);

    expect(body.error.data.name).toBe('odoo.exceptions.UserError');
    expect(body.error.data.message).toContain(
      'You need to supply a Lot/Serial Number for product:',
    );
    expect(await pickingState(cookie, 6)).toBe('assigned');
  });
});

describe('sales buttons', () => {
  it('runs quotation → order → draft invoice → posted → paid', async () => {
    const cookie = await login('ben');
    await button('sale.order', 'action_confirm', [1], cookie);

    const action = await rpc('/web/action/load', { action_id: 510 }, cookie);
    const context = { active_model: 'sale.order', active_id: 1, active_ids: [1] };
    const wizard = await kw(action.result.res_model, 'web_save', [[], {}], cookie, context);
    const created = await button(
      action.result.res_model,
      'create_invoices',
      [wizard.result[0].id],
      cookie,
      context,
    );

    expect(created.result).toMatchObject({
      res_model: 'account.move',
      xml_id: 'account.action_move_out_invoice_type',
      context: { active_id: wizard.result[0].id },
    });
    const invoiceId = created.result.res_id;
    await button('account.move', 'action_post', [invoiceId], cookie);
    const pay = await button('account.move', 'action_register_payment', [invoiceId], cookie);
    const payment = await kw(
      'account.payment.register',
      'web_save',
      [[], {}],
      cookie,
      pay.result.context,
    );
    await button(
      'account.payment.register',
      'action_create_payments',
      [payment.result[0].id],
      cookie,
      pay.result.context,
    );

    const [invoice] = (await kw('account.move', 'web_read', [[invoiceId]], cookie)).result;
    expect(invoice).toMatchObject({ state: 'posted', payment_state: 'paid', amount_residual: 0 });
    expect(invoice.name).toMatch(/^INV\/\d{4}\/00002$/);
  });

  it('refuses to save a quotation without its required customer', async () => {
    const cookie = await login('ben');

    const body = await kw('sale.order', 'web_save', [[2], { partner_id: false }], cookie);

    expect(body.error.data.name).toBe('odoo.exceptions.ValidationError');
  });
});

describe('seed and reset', () => {
  it('reset() restores the seed after the flows changed it', async () => {
    const cookie = await login('ana');
    await button('stock.picking', 'button_validate', [1], cookie);
    await button('sale.order', 'action_confirm', [1], cookie);

    sandbox.reset();

    expect(await pickingState(cookie, 1)).toBe('assigned');
    expect(sandbox.store.data.saleOrders[0]?.state).toBe('draft');
  });

  it('POST /sandbox/reset restores the seed too', async () => {
    const cookie = await login('ana');
    await button('stock.picking', 'button_validate', [2], cookie);

    const response = await post('/sandbox/reset', '');

    expect(await response.json()).toEqual({ ok: true });
    expect(await pickingState(cookie, 2)).toBe('assigned');
  });

  it('plants canary strings with POST /sandbox/seed and shows them through the RPC layer', async () => {
    const cookie = await login('ana');
    const patch = {
      'res.partner': { '2': { name: 'CANARY-PARTNER-7f3a' } },
      'stock.picking': { '2': { name: 'CANARY-REF-7f3a', note: 'CANARY-NOTE-7f3a' } },
    };

    const response = await post('/sandbox/seed', JSON.stringify(patch), 'application/json');
    const [picking] = (await kw('stock.picking', 'web_read', [[2]], cookie)).result;

    expect(response.status).toBe(200);
    expect(picking).toMatchObject({
      name: 'CANARY-REF-7f3a',
      note: 'CANARY-NOTE-7f3a',
      partner_id: [2, 'CANARY-PARTNER-7f3a'],
    });
  });

  it('plants canaries in tags, favorites, field tooltips, chatter, hidden and password fields', async () => {
    const cookie = await login('ana');
    const patch = {
      'crm.tag': { '1': { name: 'CANARY-TAG-7f3a' } },
      'ir.model.fields': { '1': { placeholder: 'CANARY-PH-7f3a', ariaLabel: 'CANARY-AL-7f3a' } },
      'ir.filters': { '1': { name: 'CANARY-FAV-7f3a' } },
      'sale.order': {
        '1': {
          accessCode: 'CANARY-PW-7f3a',
          accessToken: 'CANARY-HIDDEN-7f3a',
          messages: [
            { id: 5, author: 'CANARY-AUTHOR', body: '<p>CANARY-MSG</p>', date: '2026-03-05' },
          ],
        },
      },
    };

    await post('/sandbox/seed', JSON.stringify(patch), 'application/json');
    const [order] = (await kw('sale.order', 'web_read', [[1]], cookie)).result;
    const texts = await kw('ir.model.fields', 'web_search_read', [], cookie);
    const favorites = await rpc(
      '/web/dataset/call_kw/ir.filters/web_search_read',
      {
        model: 'ir.filters',
        method: 'web_search_read',
        args: [],
        kwargs: { domain: [['model_id', '=', 'sale.order']] },
      },
      cookie,
    );

    expect(order).toMatchObject({
      access_code: 'CANARY-PW-7f3a',
      access_token: 'CANARY-HIDDEN-7f3a',
      tag_ids: expect.arrayContaining([{ id: 1, display_name: 'CANARY-TAG-7f3a', color: 3 }]),
      message_ids: [
        { id: 5, author_id: [0, 'CANARY-AUTHOR'], body: '<p>CANARY-MSG</p>', date: '2026-03-05' },
      ],
    });
    expect(favorites.result.records).toEqual([
      {
        id: 1,
        display_name: 'CANARY-FAV-7f3a',
        name: 'CANARY-FAV-7f3a',
        model_id: 'sale.order',
        domain: [['state', '=', 'sent']],
      },
    ]);
    expect(texts.result.records).toContainEqual(
      expect.objectContaining({
        model: 'sale.order',
        name: 'client_order_ref',
        placeholder: 'CANARY-PH-7f3a',
        aria_label: 'CANARY-AL-7f3a',
      }),
    );
  });

  it('saves the Other Info fields and creates a typed tag with many2many commands', async () => {
    const cookie = await login('ana');
    const vals = {
      client_order_ref: 'PO-77',
      shipping_weight: 12.5,
      deposit_amount: 100,
      commitment_date: '2026-05-01 10:00:00',
      internal_note: '<p>Note</p>',
      tag_ids: [
        [6, 0, [2]],
        [0, 0, { name: 'Fresh tag' }],
      ],
    };

    const [order] = (await kw('sale.order', 'web_save', [[1], vals], cookie)).result;

    expect(order).toMatchObject({
      client_order_ref: 'PO-77',
      shipping_weight: 12.5,
      deposit_amount: 100,
      commitment_date: '2026-05-01 10:00:00',
      internal_note: '<p>Note</p>',
      tag_ids: [
        { id: 2, display_name: 'Repeat customer', color: 10 },
        { id: 4, display_name: 'Fresh tag', color: 0 },
      ],
    });
  });

  it('refuses a patch that would create an incomplete record and changes nothing', async () => {
    const patch = { 'res.partner': { '1': { name: 'Renamed' }, '99': { city: 'Nowhere' } } };

    const response = await post('/sandbox/seed', JSON.stringify(patch), 'application/json');
    const body = await response.json();

    expect(response.status).toBe(400);
    expect(body).toMatchObject({ ok: false, code: 'invalid_seed_patch' });
    expect(body.message).toContain('res.partner 99');
    expect(sandbox.store.data.partners[0]?.name).toBe('Calder Timber Co.');
  });
});

describe('export', () => {
  it('answers /web/export/xlsx with a zip-based spreadsheet of the asked records', async () => {
    const cookie = await login('ana');
    const data = { model: 'sale.order', ids: [1, 2], fields: [{ name: 'name', label: 'Number' }] };

    const response = await post(
      '/web/export/xlsx',
      new URLSearchParams({ data: JSON.stringify(data) }),
      undefined,
      cookie,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());

    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(Buffer.from(bytes).toString('latin1')).toContain('S00002');
  });
});

// --- helpers -------------------------------------------------------------------------------

/* eslint-disable @typescript-eslint/no-explicit-any -- JSON-RPC answers are checked by the tests */
type RpcBody = { result?: any; error?: any };

function get(path: string, cookie?: string) {
  return fetch(sandbox.url + path, { redirect: 'manual', headers: cookie ? { cookie } : {} });
}

function post(path: string, body: string | URLSearchParams, type?: string, cookie?: string) {
  const headers: Record<string, string> = {};
  if (type) headers['content-type'] = type;
  if (cookie) headers.cookie = cookie;
  return fetch(sandbox.url + path, { method: 'POST', body, headers, redirect: 'manual' });
}

/** Logs in with the test shortcut and returns the `session_id=...` cookie. */
async function login(user: string, next = '/odoo/discuss'): Promise<string> {
  const response = await get(`/sandbox/login?login=${user}&next=${encodeURIComponent(next)}`);
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`login of ${user} set no cookie`);
  return cookie;
}

async function rpc(path: string, params: object, cookie?: string): Promise<RpcBody> {
  const body = JSON.stringify({ jsonrpc: '2.0', method: 'call', id: 1, params });
  return (await post(path, body, 'application/json', cookie)).json() as Promise<RpcBody>;
}

function kw(model: string, method: string, args: unknown[], cookie: string, context = {}) {
  return rpc(
    `/web/dataset/call_kw/${model}/${method}`,
    { model, method, args, kwargs: { context } },
    cookie,
  );
}

function button(model: string, method: string, ids: number[], cookie: string, context = {}) {
  return rpc(
    `/web/dataset/call_button/${model}/${method}`,
    { model, method, args: [ids], kwargs: { context } },
    cookie,
  );
}

async function pickingState(cookie: string, id: number): Promise<string> {
  const body = await kw('stock.picking', 'web_read', [[id]], cookie);
  return body.result[0].state;
}
