import { invoiceTotal, nextReference, orderTotal } from './records.ts';
import type { SandboxStore } from './store.ts';
import { accessError, OdooError, userError, type Invoice, type Picking } from './types.ts';

/**
 * The object methods behind the sandbox's buttons: what `call_button` runs. Each returns what
 * Odoo's would: `false` (the client reloads the record) or an action to open (a wizard with
 * `target: "new"`, or a record). Errors are raised as `OdooError`, as Odoo raises UserError.
 */

export type ButtonResult = false | Record<string, unknown>;

interface Call {
  store: SandboxStore;
  ids: number[];
  context: Record<string, unknown>;
}

type Method = (call: Call) => ButtonResult;

const METHODS: Record<string, Record<string, Method>> = {
  'stock.picking': {
    action_confirm: ({ store, ids }) => eachPicking(store, ids, confirmPicking),
    action_assign: ({ store, ids }) => eachPicking(store, ids, confirmPicking),
    button_validate: ({ store, ids }) => validatePickings(store, ids),
    do_print_picking: () => false,
    action_detailed_operations: () => false,
    action_cancel: ({ store, ids }) =>
      eachPicking(store, ids, (p) => {
        if (p.state !== 'done') p.state = 'cancel';
      }),
  },
  'stock.backorder.confirmation': {
    process: (call) => finishBackorderWizard(call, true),
    process_cancel_backorder: (call) => finishBackorderWizard(call, false),
  },
  'sale.order': {
    action_confirm: ({ store, ids }) => {
      for (const id of ids) {
        const order = store.get('saleOrders', id);
        if (order.state !== 'draft' && order.state !== 'sent') {
          throw userError('Some orders are not in a state requiring confirmation.');
        }
        order.state = 'sale';
        order.invoiceStatus = 'to invoice';
      }
      return false;
    },
    action_quotation_send: ({ store, ids }) => {
      // Odoo opens the e-mail composer; the sandbox marks the quotation as sent directly.
      for (const id of ids) {
        const order = store.get('saleOrders', id);
        if (order.state === 'draft') order.state = 'sent';
      }
      return false;
    },
    action_preview_sale_order: () => false,
    action_cancel: ({ store, ids }) => {
      const orders = ids.map((id) => store.get('saleOrders', id));
      // As in Odoo, where only a sales manager may cancel what was already invoiced: the
      // sandbox's users are all salespeople.
      if (orders.some((order) => order.invoiceStatus === 'invoiced')) {
        throw accessError('Only a sales manager can cancel an order that has been invoiced.');
      }
      for (const order of orders) order.state = 'cancel';
      return false;
    },
    action_draft: ({ store, ids }) => {
      for (const id of ids) store.get('saleOrders', id).state = 'draft';
      return false;
    },
    action_view_invoice: ({ store, ids }) => {
      const invoices = store.data.invoices.filter((inv) => ids.includes(inv.saleOrderId ?? 0));
      const last = invoices.at(-1);
      return last ? invoiceAction(last.id, {}) : false;
    },
  },
  'sale.advance.payment.inv': {
    create_invoices: ({ store, ids, context }) => {
      const wizard = store.wizards.get(ids[0] ?? 0);
      const orderIds = activeIds(wizard?.context ?? context);
      const created = orderIds.map((orderId) => invoiceOrder(store, orderId));
      const last = created.at(-1);
      return last ? invoiceAction(last.id, { active_id: wizard?.id ?? orderIds[0] }) : false;
    },
  },
  'account.move': {
    action_post: ({ store, ids }) => {
      for (const id of ids) postInvoice(store, store.get('invoices', id));
      return false;
    },
    action_register_payment: ({ ids }) => ({
      type: 'ir.actions.act_window',
      res_model: 'account.payment.register',
      view_mode: 'form',
      views: [[false, 'form']],
      target: 'new',
      context: { active_model: 'account.move', active_ids: ids },
    }),
    button_draft: ({ store, ids }) => {
      for (const id of ids) {
        const invoice = store.get('invoices', id);
        invoice.state = 'draft';
        invoice.paymentState = 'not_paid';
        invoice.amountPaid = 0;
      }
      return false;
    },
    button_cancel: ({ store, ids }) => {
      for (const id of ids) store.get('invoices', id).state = 'cancel';
      return false;
    },
    action_invoice_sent: () => false,
    action_print_pdf: () => false,
    preview_invoice: () => false,
    action_reverse: () => false,
  },
  'account.payment.register': {
    action_create_payments: ({ store, ids, context }) => {
      const wizard = store.wizards.get(ids[0] ?? 0);
      for (const invoiceId of activeIds(wizard?.context ?? context)) {
        const invoice = store.get('invoices', invoiceId);
        if (invoice.state !== 'posted') {
          throw userError('You can only register payments for posted journal entries.');
        }
        const residual = invoiceTotal(invoice) - invoice.amountPaid;
        const asked = Number(wizard?.values.amount);
        const amount = Number.isFinite(asked) && asked > 0 ? Math.min(asked, residual) : residual;
        invoice.amountPaid += amount;
        invoice.paymentState = invoice.amountPaid >= invoiceTotal(invoice) ? 'paid' : 'partial';
      }
      return false;
    },
  },
};

/** Runs `model.method(ids)` against the store. */
export function callButton(
  store: SandboxStore,
  model: string,
  method: string,
  ids: number[],
  context: Record<string, unknown>,
): ButtonResult {
  const run = METHODS[model]?.[method];
  if (!run) {
    throw new OdooError(
      'builtins.AttributeError',
      `The method '${method}' does not exist on the model '${model}'`,
    );
  }
  return run({ store, ids, context });
}

/** Models whose records are transient wizards (created with `web_save` before a button runs). */
export const WIZARD_MODELS = [
  'stock.backorder.confirmation',
  'sale.advance.payment.inv',
  'account.payment.register',
];

function eachPicking(store: SandboxStore, ids: number[], change: (p: Picking) => void) {
  for (const id of ids) change(store.get('pickings', id));
  return false as const;
}

function confirmPicking(picking: Picking) {
  if (!['draft', 'waiting', 'confirmed'].includes(picking.state)) return;
  // A receipt's goods come from outside: everything is "available" at once, and 17/18 default
  // the quantities to the demand when a draft transfer is confirmed.
  picking.state = 'assigned';
  for (const move of picking.moves) if (move.quantity === 0) move.quantity = move.demand;
}

function validatePickings(store: SandboxStore, ids: number[]): ButtonResult {
  const pickings = ids.map((id) => store.get('pickings', id));

  for (const picking of pickings) {
    if (picking.state === 'done' || picking.state === 'cancel') {
      throw userError('You cannot validate a transfer that is already done or cancelled.');
    }
    if (picking.state === 'draft') confirmPicking(picking);
    if (picking.moves.every((move) => move.quantity === 0)) {
      throw userError(
        'You cannot validate a transfer if no quantities are reserved. To force the transfer, encode quantities.',
      );
    }
    const missingLots = picking.moves.filter((move) => {
      const product = store.get('products', move.productId);
      return product.tracking === 'lot' && move.quantity > 0 && move.lotName.trim() === '';
    });
    if (missingLots.length > 0) {
      const names = missingLots.map((move) => `- ${store.get('products', move.productId).name}`);
      throw userError(`You need to supply a Lot/Serial Number for product:\n${names.join('\n')}`);
    }
  }

  const partial = pickings.some((p) => p.moves.some((move) => move.quantity < move.demand));
  if (partial) {
    return {
      type: 'ir.actions.act_window',
      name: 'Create Backorder?',
      res_model: 'stock.backorder.confirmation',
      view_mode: 'form',
      views: [[false, 'form']],
      target: 'new',
      context: { button_validate_picking_ids: ids, default_pick_ids: ids },
    };
  }

  for (const picking of pickings) picking.state = 'done';
  return false;
}

function finishBackorderWizard(
  { store, ids, context }: Call,
  createBackorder: boolean,
): ButtonResult {
  const wizard = store.wizards.get(ids[0] ?? 0);
  const pickingIds = (wizard?.context ?? context).button_validate_picking_ids;
  if (!Array.isArray(pickingIds)) throw userError('This wizard is not linked to a transfer.');

  for (const id of pickingIds as number[]) {
    const picking = store.get('pickings', id);
    if (createBackorder) splitBackorder(store, picking);
    picking.state = 'done';
  }
  return false;
}

function splitBackorder(store: SandboxStore, picking: Picking) {
  const remaining = picking.moves
    .filter((move) => move.quantity < move.demand)
    .map((move) => ({ productId: move.productId, demand: move.demand - move.quantity }));
  if (remaining.length === 0) return;

  const type = store.get('pickingTypes', picking.pickingTypeId);
  let nextMoveId = store.nextLineId(store.data.pickings.map((p) => p.moves));
  store.data.pickings.push({
    ...picking,
    id: store.nextId('pickings'),
    name: nextReference(store, type.prefix),
    state: 'assigned',
    backorderId: picking.id,
    moves: remaining.map((move) => ({
      id: nextMoveId++,
      productId: move.productId,
      demand: move.demand,
      quantity: move.demand,
      lotName: '',
    })),
  });

  // Odoo splits the move: what was received stays here, the rest moves to the backorder.
  picking.moves = picking.moves
    .filter((move) => move.quantity > 0)
    .map((move) => ({ ...move, demand: Math.min(move.demand, move.quantity) }));
}

function invoiceOrder(store: SandboxStore, orderId: number): Invoice {
  const order = store.get('saleOrders', orderId);
  if (order.invoiceStatus !== 'to invoice') {
    throw userError(
      'There is no invoiceable line. If a product has a Delivered quantities invoicing policy, please make sure that a quantity has been delivered.',
    );
  }
  let nextLineId = store.nextLineId(store.data.invoices.map((inv) => inv.lines));
  const invoice: Invoice = {
    id: store.nextId('invoices'),
    name: null,
    partnerId: order.partnerId,
    invoiceDate: null,
    origin: order.name,
    saleOrderId: order.id,
    state: 'draft',
    paymentState: 'not_paid',
    amountPaid: 0,
    lines: order.lines.map((line) => ({
      id: nextLineId++,
      productId: line.productId,
      label: line.description,
      quantity: line.quantity,
      priceUnit: line.priceUnit,
    })),
  };
  store.data.invoices.push(invoice);
  order.invoiceStatus = 'invoiced';
  if (orderTotal(order) === 0) invoice.paymentState = 'paid';
  return invoice;
}

function postInvoice(store: SandboxStore, invoice: Invoice) {
  if (invoice.state !== 'draft') throw userError('Only draft journal entries can be posted.');
  if (invoice.partnerId === null) {
    throw userError(
      'The field "Customer" is required, please complete it to validate the Customer Invoice.',
    );
  }
  const today = new Date().toISOString().slice(0, 10);
  invoice.invoiceDate ??= today;
  if (invoice.name === null) {
    const year = invoice.invoiceDate.slice(0, 4);
    const prefix = `INV/${year}/`;
    const used = store.data.invoices
      .filter((inv) => inv.name?.startsWith(prefix))
      .map((inv) => Number(inv.name?.slice(prefix.length)) || 0);
    invoice.name = `${prefix}${String(Math.max(0, ...used) + 1).padStart(5, '0')}`;
  }
  invoice.state = 'posted';
}

/** The customer-invoices window action opened on one invoice, as Odoo returns it. */
function invoiceAction(invoiceId: number, context: Record<string, unknown>) {
  return {
    type: 'ir.actions.act_window',
    xml_id: 'account.action_move_out_invoice_type',
    name: 'Invoices',
    res_model: 'account.move',
    res_id: invoiceId,
    view_mode: 'form',
    views: [[false, 'form']],
    target: 'current',
    context,
  };
}

function activeIds(context: Record<string, unknown>): number[] {
  if (Array.isArray(context.active_ids)) return context.active_ids.filter(Number.isInteger);
  return Number.isInteger(context.active_id) ? [context.active_id as number] : [];
}
