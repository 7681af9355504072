import type { SandboxStore } from './store.ts';
import {
  OdooError,
  validationError,
  type Invoice,
  type Message,
  type Picking,
  type PickingType,
  type SaleOrder,
} from './types.ts';

/**
 * Records as the JSON-RPC layer hands them to the client: Odoo field names, many2one values as
 * `[id, display name]` or `false`. Only the fields the sandbox's views show are included.
 */

export type OdooRecord = Record<string, unknown> & { id: number };
type Many2one = [number, string] | false;

/** Models the client may read, search and save. */
export const READABLE_MODELS = [
  'stock.picking',
  'stock.picking.type',
  'sale.order',
  'account.move',
  'crm.tag',
  'ir.model.fields',
  'ir.filters',
];

/** One record of `model` in its Odoo shape. */
export function readRecord(store: SandboxStore, model: string, id: number): OdooRecord {
  if (model === 'stock.picking') return readPicking(store, store.get('pickings', id));
  if (model === 'stock.picking.type') return readPickingType(store, store.get('pickingTypes', id));
  if (model === 'sale.order') return readSaleOrder(store, store.get('saleOrders', id));
  if (model === 'account.move') return readInvoice(store, store.get('invoices', id));
  if (model === 'crm.tag') {
    const tag = store.get('tags', id);
    return { id: tag.id, display_name: tag.name, name: tag.name, color: tag.color };
  }
  if (model === 'ir.filters') {
    const favorite = store.get('favorites', id);
    return {
      id: favorite.id,
      display_name: favorite.name,
      name: favorite.name,
      model_id: favorite.model,
      domain: favorite.domain,
    };
  }
  if (model === 'ir.model.fields') {
    const text = store.get('fieldTexts', id);
    return {
      id: text.id,
      model: text.model,
      name: text.name,
      help: text.help,
      placeholder: text.placeholder,
      title: text.title,
      aria_label: text.ariaLabel,
    };
  }
  throw new OdooError('builtins.KeyError', `Model ${model} does not exist in the sandbox.`);
}

/** All records of `model` matching an Odoo domain of `[field, operator, value]` triples. */
export function searchRecords(store: SandboxStore, model: string, domain: unknown[]): OdooRecord[] {
  const table = {
    'stock.picking': store.data.pickings,
    'stock.picking.type': store.data.pickingTypes,
    'sale.order': store.data.saleOrders,
    'account.move': store.data.invoices,
    'crm.tag': store.data.tags,
    'ir.model.fields': store.data.fieldTexts,
    'ir.filters': store.data.favorites,
  }[model];
  if (!table) throw new OdooError('builtins.KeyError', `Model ${model} does not exist.`);

  return table
    .map((row) => readRecord(store, model, row.id))
    .filter((record) => domain.every((leaf) => matchLeaf(record, leaf)))
    .sort((a, b) => b.id - a.id);
}

/**
 * Applies `vals` (Odoo field names; x2many as `[1, id, vals]` commands) to the record, or creates
 * one when `id` is null. Returns the record's id.
 */
export function saveRecord(
  store: SandboxStore,
  model: string,
  id: number | null,
  vals: Record<string, unknown>,
  context: { uid: number; defaultPickingTypeId?: number },
): number {
  if (model === 'stock.picking') {
    const picking = id === null ? createPicking(store, context.defaultPickingTypeId ?? 1) : null;
    writePicking(store, picking ?? store.get('pickings', id as number), vals);
    return picking?.id ?? (id as number);
  }
  if (model === 'sale.order') {
    const order = id === null ? createSaleOrder(store, context.uid) : null;
    const target = order ?? store.get('saleOrders', id as number);
    if ('partner_id' in vals) target.partnerId = many2oneId(vals.partner_id);
    if (typeof vals.validity_date === 'string') target.validityDate = vals.validity_date;
    if (typeof vals.note === 'string') target.note = vals.note;
    writeOtherInfo(store, target, vals);
    for (const [lineId, lineVals] of updateCommands(vals.order_line)) {
      const line = target.lines.find((l) => l.id === lineId);
      if (line && typeof lineVals.product_uom_qty === 'number') {
        line.quantity = lineVals.product_uom_qty;
      }
    }
    if (target.partnerId === null) throw validationError('Customer is a required field.');
    return target.id;
  }
  if (model === 'account.move') {
    const invoice = id === null ? createInvoice(store) : store.get('invoices', id);
    if ('partner_id' in vals) invoice.partnerId = many2oneId(vals.partner_id);
    if (typeof vals.invoice_date === 'string') invoice.invoiceDate = vals.invoice_date;
    return invoice.id;
  }
  throw new OdooError('odoo.exceptions.AccessError', `You are not allowed to modify ${model}.`);
}

/** Display name of a partner, product, ... as `[id, name]`, or `false`. */
export function many2one(
  store: SandboxStore,
  table: 'partners' | 'products' | 'users',
  id: number | null,
): Many2one {
  const row = store.find(table, id);
  return row ? [row.id, row.name] : false;
}

export function orderTotal(order: Pick<SaleOrder, 'lines'>): number {
  return order.lines.reduce((sum, line) => sum + line.quantity * line.priceUnit, 0);
}

export function invoiceTotal(invoice: Pick<Invoice, 'lines'>): number {
  return invoice.lines.reduce((sum, line) => sum + line.quantity * line.priceUnit, 0);
}

function readPicking(store: SandboxStore, picking: Picking): OdooRecord {
  const type = store.get('pickingTypes', picking.pickingTypeId);
  const backorder = store.find('pickings', picking.backorderId);
  return {
    id: picking.id,
    display_name: picking.name,
    name: picking.name,
    partner_id: many2one(store, 'partners', picking.partnerId),
    picking_type_id: [type.id, `${type.warehouse}: ${type.name}`],
    picking_type_code: type.code,
    scheduled_date: picking.scheduledDate,
    origin: picking.origin,
    state: picking.state,
    backorder_id: backorder ? [backorder.id, backorder.name] : false,
    note: picking.note,
    company_id: [store.data.company.id, store.data.company.name],
    message_ids: readMessages(picking.messages),
    move_ids: picking.moves.map((move) => {
      const product = store.get('products', move.productId);
      return {
        id: move.id,
        product_id: [product.id, product.name],
        product_uom_qty: move.demand,
        quantity: move.quantity,
        has_tracking: product.tracking,
        lot_name: move.lotName,
      };
    }),
  };
}

function readPickingType(store: SandboxStore, type: PickingType): OdooRecord {
  const pickings = store.data.pickings.filter((p) => p.pickingTypeId === type.id);
  const count = (states: string[]) => pickings.filter((p) => states.includes(p.state)).length;
  return {
    id: type.id,
    display_name: `${type.warehouse}: ${type.name}`,
    name: type.name,
    code: type.code,
    warehouse_id: [1, type.warehouse],
    count_picking_ready: count(['assigned']),
    count_picking_waiting: count(['confirmed', 'waiting']),
    count_picking_draft: count(['draft']),
  };
}

function readSaleOrder(store: SandboxStore, order: SaleOrder): OdooRecord {
  const invoices = store.data.invoices.filter((invoice) => invoice.saleOrderId === order.id);
  return {
    id: order.id,
    display_name: order.name,
    name: order.name,
    partner_id: many2one(store, 'partners', order.partnerId),
    user_id: many2one(store, 'users', order.userId),
    date_order: order.dateOrder,
    validity_date: order.validityDate,
    state: order.state,
    invoice_status: order.invoiceStatus,
    note: order.note,
    company_id: [store.data.company.id, store.data.company.name],
    amount_total: orderTotal(order),
    invoice_ids: invoices.map((invoice) => invoice.id),
    invoice_count: invoices.length,
    client_order_ref: order.clientOrderRef,
    email_from: order.emailFrom,
    phone: order.phone,
    commitment_date: order.commitmentDate || false,
    tag_ids: order.tagIds.flatMap((tagId) => {
      const tag = store.find('tags', tagId);
      return tag ? [{ id: tag.id, display_name: tag.name, color: tag.color }] : [];
    }),
    deposit_amount: order.depositAmount,
    shipping_weight: order.shippingWeight,
    internal_note: order.internalNote,
    access_code: order.accessCode,
    access_token: order.accessToken,
    message_ids: readMessages(order.messages),
    order_line: order.lines.map((line) => ({
      id: line.id,
      product_id: many2one(store, 'products', line.productId),
      name: line.description,
      product_uom_qty: line.quantity,
      price_unit: line.priceUnit,
      price_subtotal: line.quantity * line.priceUnit,
    })),
  };
}

function readInvoice(store: SandboxStore, invoice: Invoice): OdooRecord {
  const total = invoiceTotal(invoice);
  return {
    id: invoice.id,
    // Odoo names a draft invoice "/" and builds the display name in the client's language.
    display_name: invoice.name ?? false,
    name: invoice.name ?? '/',
    move_type: 'out_invoice',
    partner_id: many2one(store, 'partners', invoice.partnerId),
    invoice_date: invoice.invoiceDate ?? false,
    invoice_origin: invoice.origin,
    state: invoice.state,
    payment_state: invoice.paymentState,
    amount_total: total,
    amount_residual: Math.max(0, total - invoice.amountPaid),
    invoice_line_ids: invoice.lines.map((line) => ({
      id: line.id,
      product_id: many2one(store, 'products', line.productId),
      name: line.label,
      quantity: line.quantity,
      price_unit: line.priceUnit,
      price_subtotal: line.quantity * line.priceUnit,
    })),
  };
}

/** Messages newest first, as the chatter lists them. */
function readMessages(messages: Message[]): OdooRecord[] {
  return [...messages]
    .sort((a, b) => b.date.localeCompare(a.date) || b.id - a.id)
    .map((message) => ({
      id: message.id,
      author_id: [0, message.author],
      body: message.body,
      date: message.date,
    }));
}

/** The fields of the sales order's "Other Info" tab. */
function writeOtherInfo(store: SandboxStore, order: SaleOrder, vals: Record<string, unknown>) {
  const text = (key: string) => (typeof vals[key] === 'string' ? (vals[key] as string) : null);
  const number = (key: string) =>
    typeof vals[key] === 'number' && (vals[key] as number) >= 0 ? (vals[key] as number) : null;

  order.clientOrderRef = text('client_order_ref') ?? order.clientOrderRef;
  order.emailFrom = text('email_from') ?? order.emailFrom;
  order.phone = text('phone') ?? order.phone;
  if ('commitment_date' in vals) order.commitmentDate = text('commitment_date') ?? '';
  order.depositAmount = number('deposit_amount') ?? order.depositAmount;
  order.shippingWeight = number('shipping_weight') ?? order.shippingWeight;
  order.internalNote = text('internal_note') ?? order.internalNote;
  order.accessCode = text('access_code') ?? order.accessCode;
  if ('tag_ids' in vals) order.tagIds = applyTagCommands(store, order.tagIds, vals.tag_ids);
}

/**
 * Odoo's many2many commands on tags: `[6, 0, ids]` replaces, `[4, id]` links, `[3, id]` unlinks,
 * `[0, 0, {name}]` creates a tag.
 */
function applyTagCommands(store: SandboxStore, current: number[], commands: unknown): number[] {
  if (!Array.isArray(commands)) return current;
  let ids = [...current];
  for (const command of commands) {
    if (!Array.isArray(command)) continue;
    const [code, id, payload] = command as [unknown, unknown, unknown];
    if (code === 6 && Array.isArray(payload)) {
      ids = payload.filter((tagId): tagId is number => typeof tagId === 'number');
    } else if (code === 4 && typeof id === 'number' && !ids.includes(id)) {
      ids.push(id);
    } else if (code === 3 && typeof id === 'number') {
      ids = ids.filter((tagId) => tagId !== id);
    } else if (code === 0 && typeof payload === 'object' && payload !== null) {
      const name = String((payload as { name?: unknown }).name ?? '').trim();
      if (!name) continue;
      const tag = { id: store.nextId('tags'), name, color: 0 };
      store.data.tags.push(tag);
      ids.push(tag.id);
    }
  }
  return ids.filter((tagId) => store.find('tags', tagId));
}

function writePicking(store: SandboxStore, picking: Picking, vals: Record<string, unknown>) {
  if ('partner_id' in vals) picking.partnerId = many2oneId(vals.partner_id);
  if (typeof vals.origin === 'string') picking.origin = vals.origin;
  if (typeof vals.scheduled_date === 'string') picking.scheduledDate = vals.scheduled_date;
  if (typeof vals.note === 'string') picking.note = vals.note;
  for (const [moveId, moveVals] of updateCommands(vals.move_ids)) {
    const move = picking.moves.find((m) => m.id === moveId);
    if (!move) continue;
    if (typeof moveVals.quantity === 'number' && moveVals.quantity >= 0) {
      move.quantity = moveVals.quantity;
    }
    if (typeof moveVals.lot_name === 'string') move.lotName = moveVals.lot_name;
  }
}

function createPicking(store: SandboxStore, pickingTypeId: number): Picking {
  const type = store.get('pickingTypes', pickingTypeId);
  const picking: Picking = {
    id: store.nextId('pickings'),
    name: nextReference(store, type.prefix),
    pickingTypeId: type.id,
    partnerId: null,
    scheduledDate: new Date().toISOString().slice(0, 19).replace('T', ' '),
    origin: '',
    state: 'draft',
    backorderId: null,
    note: '',
    moves: [],
    messages: [],
  };
  store.data.pickings.push(picking);
  return picking;
}

function createSaleOrder(store: SandboxStore, uid: number): SaleOrder {
  const id = store.nextId('saleOrders');
  const today = new Date().toISOString().slice(0, 10);
  const order: SaleOrder = {
    id,
    name: `S${String(id).padStart(5, '0')}`,
    partnerId: null,
    userId: uid,
    dateOrder: `${today} 09:00:00`,
    validityDate: today,
    state: 'draft',
    invoiceStatus: 'no',
    note: '',
    lines: [],
    clientOrderRef: '',
    emailFrom: '',
    phone: '',
    commitmentDate: '',
    tagIds: [],
    depositAmount: 0,
    shippingWeight: 0,
    internalNote: '',
    accessCode: '',
    accessToken: '',
    messages: [],
  };
  store.data.saleOrders.push(order);
  return order;
}

function createInvoice(store: SandboxStore): Invoice {
  const invoice: Invoice = {
    id: store.nextId('invoices'),
    name: null,
    partnerId: null,
    invoiceDate: null,
    origin: '',
    saleOrderId: null,
    state: 'draft',
    paymentState: 'not_paid',
    amountPaid: 0,
    lines: [],
  };
  store.data.invoices.push(invoice);
  return invoice;
}

/** Next free `<prefix>00001`-style reference among the transfers. */
export function nextReference(store: SandboxStore, prefix: string): string {
  const numbers = store.data.pickings
    .filter((p) => p.name.startsWith(prefix))
    .map((p) => Number(p.name.slice(prefix.length)) || 0);
  return `${prefix}${String(Math.max(0, ...numbers) + 1).padStart(5, '0')}`;
}

function many2oneId(value: unknown): number | null {
  if (typeof value === 'number') return value;
  if (Array.isArray(value) && typeof value[0] === 'number') return value[0];
  return null;
}

/** The `[1, id, vals]` (update) commands of an x2many value. */
function updateCommands(value: unknown): [number, Record<string, unknown>][] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((command) => {
    if (!Array.isArray(command) || command[0] !== 1 || typeof command[1] !== 'number') return [];
    const vals = command[2];
    return typeof vals === 'object' && vals !== null
      ? [[command[1], vals as Record<string, unknown>]]
      : [];
  });
}

function matchLeaf(record: OdooRecord, leaf: unknown): boolean {
  if (!Array.isArray(leaf) || leaf.length !== 3) return true;
  const [field, operator, expected] = leaf as [string, string, unknown];
  const raw = record[field];
  const value = Array.isArray(raw) && raw.length === 2 ? raw[0] : raw;
  if (operator === '=') return value === expected;
  if (operator === '!=') return value !== expected;
  if (operator === 'in') return Array.isArray(expected) && expected.includes(value);
  if (operator === 'not in') return Array.isArray(expected) && !expected.includes(value);
  return true;
}
