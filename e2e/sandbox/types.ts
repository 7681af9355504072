import { z } from 'zod';

/**
 * The sandbox's in-memory records. Field names are our own (camelCase); the JSON-RPC layer
 * translates them to the Odoo shapes the client reads (`partner_id: [id, name]`, ...).
 */

const id = z.number().int().positive();
const ref = id.nullable();

export const userSchema = z.object({ id, login: z.string().min(1), name: z.string() });

export const partnerSchema = z.object({ id, name: z.string(), city: z.string().default('') });

/** A sales tag (`crm.tag`), shown as a badge in many2many tags fields. */
export const tagSchema = z.object({
  id,
  name: z.string(),
  color: z.number().int().min(0).default(0),
});

/**
 * What a form shows around one field (`ir.model.fields`): `help` is the field's help text, shown
 * as the label's tooltip as in Odoo; `placeholder`, `title` and `ariaLabel` are arch attributes
 * of the field's input, kept here so a test can plant text in them. Empty: not rendered.
 */
export const fieldTextSchema = z.object({
  id,
  /** The model whose form shows the field, e.g. `sale.order`. */
  model: z.string(),
  /** The field's technical name, e.g. `client_order_ref`. */
  name: z.string(),
  help: z.string().default(''),
  placeholder: z.string().default(''),
  title: z.string().default(''),
  ariaLabel: z.string().default(''),
});

/** A saved search (`ir.filters`): a favorite in the list's search panel, named by its user. */
export const favoriteSchema = z.object({
  id,
  name: z.string(),
  /** The model whose lists offer it, e.g. `sale.order`. */
  model: z.string(),
  /** `[field, operator, value]` leaves with `=`, `!=`, `in`, `not in`, as `web_search_read`. */
  domain: z.array(z.tuple([z.string(), z.string(), z.unknown()])).default([]),
});

/** A chatter message (`mail.message`) of a record. */
export const messageSchema = z.object({
  id,
  /** Display name of the author. */
  author: z.string(),
  /** The message as HTML (a few inline tags), as Odoo stores it. */
  body: z.string(),
  date: z.string(),
});

export const productSchema = z.object({
  id,
  name: z.string(),
  /** `lot`: validating a receipt of it needs a lot number. */
  tracking: z.enum(['none', 'lot']).default('none'),
  listPrice: z.number().nonnegative().default(0),
});

export const pickingTypeSchema = z.object({
  id,
  name: z.string(),
  code: z.enum(['incoming', 'outgoing']),
  /** Prefix of the references of new transfers, e.g. `WH/IN/`. */
  prefix: z.string(),
  warehouse: z.string(),
});

export const moveSchema = z.object({
  id,
  productId: id,
  demand: z.number().nonnegative(),
  quantity: z.number().nonnegative(),
  lotName: z.string().default(''),
});

export const PICKING_STATES = [
  'draft',
  'waiting',
  'confirmed',
  'assigned',
  'done',
  'cancel',
] as const;

export const pickingSchema = z.object({
  id,
  name: z.string(),
  pickingTypeId: id,
  partnerId: ref,
  scheduledDate: z.string(),
  origin: z.string().default(''),
  state: z.enum(PICKING_STATES),
  backorderId: ref.default(null),
  note: z.string().default(''),
  moves: z.array(moveSchema),
  messages: z.array(messageSchema).default([]),
});

export const orderLineSchema = z.object({
  id,
  productId: id,
  description: z.string(),
  quantity: z.number().nonnegative(),
  priceUnit: z.number().nonnegative(),
});

export const saleOrderSchema = z.object({
  id,
  name: z.string(),
  partnerId: ref,
  userId: id,
  dateOrder: z.string(),
  validityDate: z.string(),
  state: z.enum(['draft', 'sent', 'sale', 'cancel']),
  invoiceStatus: z.enum(['no', 'to invoice', 'invoiced']),
  note: z.string().default(''),
  lines: z.array(orderLineSchema),
  /** The "Other Info" tab: one field of each widget kind, for the privacy tests. */
  clientOrderRef: z.string().default(''),
  emailFrom: z.string().default(''),
  phone: z.string().default(''),
  /** `YYYY-MM-DD HH:MM:SS`, or empty. */
  commitmentDate: z.string().default(''),
  tagIds: z.array(id).default([]),
  depositAmount: z.number().nonnegative().default(0),
  shippingWeight: z.number().nonnegative().default(0),
  /** HTML, edited in a rich-text field. */
  internalNote: z.string().default(''),
  /** Shown in a password input. */
  accessCode: z.string().default(''),
  /** Kept in a hidden input of the form, as portal tokens are. */
  accessToken: z.string().default(''),
  messages: z.array(messageSchema).default([]),
});

export const invoiceLineSchema = z.object({
  id,
  productId: id,
  label: z.string(),
  quantity: z.number().nonnegative(),
  priceUnit: z.number().nonnegative(),
});

export const invoiceSchema = z.object({
  id,
  /** `null` until posted: Odoo shows "Draft Invoice" (18) or "Draft Invoice (* <id>)" (17). */
  name: z.string().nullable(),
  partnerId: ref,
  invoiceDate: z.string().nullable(),
  origin: z.string().default(''),
  saleOrderId: ref.default(null),
  state: z.enum(['draft', 'posted', 'cancel']),
  paymentState: z.enum(['not_paid', 'partial', 'in_payment', 'paid']),
  amountPaid: z.number().nonnegative().default(0),
  lines: z.array(invoiceLineSchema),
});

export const sandboxDataSchema = z.object({
  company: z.object({ id, name: z.string() }),
  users: z.array(userSchema),
  partners: z.array(partnerSchema),
  tags: z.array(tagSchema),
  fieldTexts: z.array(fieldTextSchema),
  favorites: z.array(favoriteSchema),
  products: z.array(productSchema),
  pickingTypes: z.array(pickingTypeSchema),
  pickings: z.array(pickingSchema),
  saleOrders: z.array(saleOrderSchema),
  invoices: z.array(invoiceSchema),
});

export type User = z.infer<typeof userSchema>;
export type Partner = z.infer<typeof partnerSchema>;
export type Tag = z.infer<typeof tagSchema>;
export type FieldText = z.infer<typeof fieldTextSchema>;
export type Message = z.infer<typeof messageSchema>;
export type Favorite = z.infer<typeof favoriteSchema>;
export type Product = z.infer<typeof productSchema>;
export type PickingType = z.infer<typeof pickingTypeSchema>;
export type Move = z.infer<typeof moveSchema>;
export type Picking = z.infer<typeof pickingSchema>;
export type OrderLine = z.infer<typeof orderLineSchema>;
export type SaleOrder = z.infer<typeof saleOrderSchema>;
export type InvoiceLine = z.infer<typeof invoiceLineSchema>;
export type Invoice = z.infer<typeof invoiceSchema>;
export type SandboxData = z.infer<typeof sandboxDataSchema>;

/** Odoo model name → the table holding its records. */
export const MODEL_TABLES = {
  'res.users': 'users',
  'res.partner': 'partners',
  'crm.tag': 'tags',
  'ir.model.fields': 'fieldTexts',
  'ir.filters': 'favorites',
  'product.product': 'products',
  'stock.picking.type': 'pickingTypes',
  'stock.picking': 'pickings',
  'sale.order': 'saleOrders',
  'account.move': 'invoices',
} as const satisfies Record<string, Exclude<keyof SandboxData, 'company'>>;

export type ModelName = keyof typeof MODEL_TABLES;
export type TableName = (typeof MODEL_TABLES)[ModelName];

export const TABLE_SCHEMAS = {
  users: userSchema,
  partners: partnerSchema,
  tags: tagSchema,
  fieldTexts: fieldTextSchema,
  favorites: favoriteSchema,
  products: productSchema,
  pickingTypes: pickingTypeSchema,
  pickings: pickingSchema,
  saleOrders: saleOrderSchema,
  invoices: invoiceSchema,
} as const satisfies Record<TableName, z.ZodType>;

/**
 * Body of `POST /sandbox/seed`: per Odoo model, per record id, the fields to merge (our field
 * names, see the schemas above). An unknown id creates the record, so it needs every field.
 */
export const seedPatchSchema = z.partialRecord(
  z.enum(Object.keys(MODEL_TABLES) as [ModelName, ...ModelName[]]),
  z.record(z.string().regex(/^\d+$/, 'record ids are numeric'), z.record(z.string(), z.unknown())),
);

export type SeedPatch = z.infer<typeof seedPatchSchema>;

/** An error a server method raises, as Odoo's `odoo.exceptions.*` classes. */
export class OdooError extends Error {
  constructor(
    /** Python class name, e.g. `odoo.exceptions.UserError`. */
    readonly exceptionName: string,
    message: string,
  ) {
    super(message);
    this.name = 'OdooError';
  }
}

export const userError = (message: string) => new OdooError('odoo.exceptions.UserError', message);
export const accessError = (message: string) =>
  new OdooError('odoo.exceptions.AccessError', message);
export const validationError = (message: string) =>
  new OdooError('odoo.exceptions.ValidationError', message);
export const missingError = (message: string) =>
  new OdooError('odoo.exceptions.MissingError', message);
