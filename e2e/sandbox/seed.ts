import type {
  FieldText,
  Message,
  Move,
  Picking,
  SandboxData,
  SaleOrder,
  SeedPatch,
} from './types.ts';

/**
 * The sandbox's starting data: a fictional furniture company. Every name here is visible text in
 * the page (list cells, breadcrumbs, titles), which is what the privacy tests look for: the
 * extension must never capture any of it.
 */

/** Seeded users; any password logs them in. */
export const SEED_USERS = [
  { id: 6, login: 'ana', name: 'Ana Ferreira' },
  { id: 7, login: 'ben', name: 'Ben Okafor' },
  { id: 8, login: 'chloe', name: 'Chloé Marchetti' },
  { id: 9, login: 'dev', name: 'Dev Raman' },
  { id: 10, login: 'eve', name: 'Eve Lindqvist' },
  { id: 11, login: 'femi', name: 'Femi Adeyemi' },
];

/** Help texts and placeholders of the sales order's fields, as its arch and models define them. */
const FIELD_TEXTS: Omit<FieldText, 'id'>[] = [
  {
    model: 'sale.order',
    name: 'client_order_ref',
    help: "The customer's own reference for this order.",
    placeholder: 'e.g. PO-2026-114',
    title: '',
    ariaLabel: '',
  },
  {
    model: 'sale.order',
    name: 'email_from',
    help: '',
    placeholder: 'e.g. buyer@example.com',
    title: '',
    ariaLabel: 'Contact email',
  },
  {
    model: 'sale.order',
    name: 'commitment_date',
    help: 'The delivery date promised to the customer.',
    placeholder: '',
    title: '',
    ariaLabel: '',
  },
];

/**
 * A Ready receipt nobody has counted yet: 5 Walnut Tabletops expected, quantity still 0, as Odoo
 * shows a receipt whose quantities were not set. Validate refuses it until a quantity is entered.
 * Kept out of the default seed so that references, record ids and list rows other tests count
 * stay as they are: `startSandbox({ seed: UNCOUNTED_RECEIPT })` adds it as WH/IN/00020 (id 20).
 */
export const UNCOUNTED_RECEIPT: SeedPatch = {
  'stock.picking': {
    '20': receipt(20, 'WH/IN/00020', 7, '2026-03-09 08:30:00', 'assigned', 'P00021', [[2, 5, 0]]),
  },
};

/** A fresh copy of the seed: callers may mutate it. */
export function createSeed(): SandboxData {
  return {
    company: { id: 1, name: 'Lumen & Oak Furniture' },
    users: SEED_USERS.map((user) => ({ ...user })),
    partners: [
      { id: 1, name: 'Calder Timber Co.', city: 'Bergen' },
      { id: 2, name: 'Brightwater Supplies', city: 'Leeds' },
      { id: 3, name: 'Northfield Fabrics', city: 'Ghent' },
      { id: 4, name: 'Marisol Interiors', city: 'Valencia' },
      { id: 5, name: 'Quayside Office Group', city: 'Cork' },
      { id: 6, name: 'Tamsin Reyes', city: 'Porto' },
      { id: 7, name: 'Harbor Lane Hotels', city: 'Rotterdam' },
      { id: 8, name: 'Verdant Studio', city: 'Lyon' },
    ],
    tags: [
      { id: 1, name: 'Trade fair lead', color: 3 },
      { id: 2, name: 'Repeat customer', color: 10 },
      { id: 3, name: 'Contract furniture', color: 4 },
    ],
    fieldTexts: FIELD_TEXTS.map((text, index) => ({ id: index + 1, ...text })),
    favorites: [
      { id: 1, name: 'Quotations to chase', model: 'sale.order', domain: [['state', '=', 'sent']] },
      {
        id: 2,
        name: 'Ready to receive',
        model: 'stock.picking',
        domain: [['state', '=', 'assigned']],
      },
    ],
    products: [
      { id: 1, name: '[LO-1001] Oak Desk Frame', tracking: 'none', listPrice: 240 },
      { id: 2, name: '[LO-1002] Walnut Tabletop', tracking: 'none', listPrice: 310 },
      { id: 3, name: '[LO-2001] Linen Seat Cushion', tracking: 'none', listPrice: 35 },
      { id: 4, name: '[LO-3001] Brass Drawer Handle', tracking: 'none', listPrice: 8.5 },
      { id: 5, name: '[LO-4001] Ash Bookshelf', tracking: 'none', listPrice: 420 },
      { id: 6, name: '[LO-4002] Felt Acoustic Panel', tracking: 'none', listPrice: 95 },
      { id: 7, name: '[LO-7001] Hardwax Oil Canister', tracking: 'lot', listPrice: 42 },
      { id: 8, name: '[LO-5001] Rattan Lounge Chair', tracking: 'none', listPrice: 560 },
    ],
    pickingTypes: [
      { id: 1, name: 'Receipts', code: 'incoming', prefix: 'WH/IN/', warehouse: 'Lumen Main' },
      {
        id: 2,
        name: 'Delivery Orders',
        code: 'outgoing',
        prefix: 'WH/OUT/',
        warehouse: 'Lumen Main',
      },
    ],
    pickings: [
      receipt(1, 'WH/IN/00001', 1, '2026-03-02 09:00:00', 'assigned', 'P00014', [[1, 12, 12]]),
      receipt(2, 'WH/IN/00002', 2, '2026-03-03 10:30:00', 'assigned', 'P00015', [
        [4, 40, 40],
        [3, 25, 25],
      ]),
      receipt(3, 'WH/IN/00003', 3, '2026-03-04 08:15:00', 'assigned', 'P00016', [
        [3, 30, 30],
        [6, 10, 10],
      ]),
      receipt(4, 'WH/IN/00004', 1, '2026-03-05 14:00:00', 'draft', 'P00017', [[2, 6, 0]]),
      receipt(5, 'WH/IN/00005', 2, '2026-02-20 11:00:00', 'done', 'P00011', [[4, 100, 100]]),
      receipt(6, 'WH/IN/00006', 8, '2026-03-06 09:45:00', 'assigned', 'P00018', [[7, 10, 10]]),
      receipt(7, 'WH/IN/00007', 5, '2026-03-06 15:30:00', 'assigned', 'P00019', [
        [5, 10, 8],
        [1, 4, 4],
      ]),
      {
        ...receipt(8, 'WH/OUT/00001', 4, '2026-03-07 10:00:00', 'assigned', 'S00005', [[8, 2, 2]]),
        pickingTypeId: 2,
      },
    ],
    saleOrders: [
      {
        ...order(1, 'S00001', 4, 6, 'draft', 'no', [
          [5, 'Ash Bookshelf, natural finish', 2, 420],
          [6, 'Felt Acoustic Panel, slate grey', 6, 95],
        ]),
        clientOrderRef: 'PO-MI-2026-031',
        emailFrom: 'purchasing@marisol-interiors.example',
        phone: '+34 961 555 014',
        tagIds: [1, 2],
        depositAmount: 250,
        shippingWeight: 86.5,
        internalNote: '<p>Customer asked for <b>matte</b> finish samples first.</p>',
        accessCode: 'mi-portal-2026',
        accessToken: '4f7d1c2e-9a55-4e0b-8f31-6b2d9c0a7e14',
        messages: [
          message(2, 'Ana Ferreira', '<p>Called the customer: delivery after the 15th.</p>', 3),
          message(1, 'Ana Ferreira', '<p>Quotation created</p>', 1),
        ],
      },
      order(2, 'S00002', 5, 7, 'draft', 'no', [[1, 'Oak Desk Frame, standing height', 8, 240]]),
      order(3, 'S00003', 7, 8, 'sent', 'no', [
        [8, 'Rattan Lounge Chair', 12, 560],
        [3, 'Linen Seat Cushion, sand', 12, 35],
      ]),
      order(4, 'S00004', 6, 6, 'sale', 'to invoice', [[2, 'Walnut Tabletop, oiled', 1, 310]]),
      order(5, 'S00005', 4, 9, 'sale', 'invoiced', [[8, 'Rattan Lounge Chair', 2, 560]]),
      order(6, 'S00006', 8, 10, 'draft', 'no', [[6, 'Felt Acoustic Panel, moss', 20, 95]]),
    ],
    invoices: [
      {
        id: 1,
        name: 'INV/2026/00001',
        partnerId: 4,
        invoiceDate: '2026-02-25',
        origin: 'S00005',
        saleOrderId: 5,
        state: 'posted',
        paymentState: 'paid',
        amountPaid: 1120,
        lines: [{ id: 1, productId: 8, label: 'Rattan Lounge Chair', quantity: 2, priceUnit: 560 }],
      },
    ],
  };
}

type MoveSpec = [productId: number, demand: number, quantity: number];

function receipt(
  id: number,
  name: string,
  partnerId: number,
  scheduledDate: string,
  state: Picking['state'],
  origin: string,
  moves: MoveSpec[],
): Picking {
  return {
    id,
    name,
    pickingTypeId: 1,
    partnerId,
    scheduledDate,
    origin,
    state,
    backorderId: null,
    note: '',
    moves: moves.map(([productId, demand, quantity], index): Move => {
      return { id: id * 10 + index, productId, demand, quantity, lotName: '' };
    }),
    messages: [message(id * 10, 'Lumen & Oak Furniture', '<p>Transfer created</p>', id)],
  };
}

type LineSpec = [productId: number, description: string, quantity: number, priceUnit: number];

function order(
  id: number,
  name: string,
  partnerId: number,
  userId: number,
  state: SaleOrder['state'],
  invoiceStatus: SaleOrder['invoiceStatus'],
  lines: LineSpec[],
): SaleOrder {
  return {
    id,
    name,
    partnerId,
    userId,
    dateOrder: `2026-03-0${id} 09:30:00`,
    validityDate: `2026-04-0${id}`,
    state,
    invoiceStatus,
    note: 'Delivery to the loading bay at the back of the building.',
    lines: lines.map(([productId, description, quantity, priceUnit], index) => {
      return { id: id * 10 + index, productId, description, quantity, priceUnit };
    }),
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
    messages: [message(id * 100, 'OdooBot', '<p>Quotation created</p>', id)],
  };
}

/** A chatter message dated on day `day` of March 2026. */
function message(id: number, author: string, body: string, day: number): Message {
  return { id, author, body, date: `2026-03-${String(day).padStart(2, '0')} 09:12:00` };
}
