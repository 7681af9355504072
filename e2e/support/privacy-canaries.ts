import type { SeedPatch } from '../sandbox/types.ts';
import {
  amountCanary,
  dateCanary,
  emailCanary,
  loginCanary,
  phoneCanary,
  textCanary,
  type Canary,
} from './canaries.ts';

/**
 * The canaries of the privacy test: what the sandbox shows (planted with `POST /sandbox/seed`)
 * and what the simulated user types. Every kind of text DESIGN.md says is never captured has its
 * own canary, so a leak names exactly what leaked.
 */

/** The sandbox user the test logs in as (a new record: the seed has ids 6 to 11). */
export const CANARY_USER_ID = 12;

export function createPrivacyCanaries() {
  const planted = {
    login: loginCanary('login of the user'),
    userName: textCanary('display name of the user', 'username'),
    quotationName: textCanary(
      'record name (quotation S00001: breadcrumb, title, list cell)',
      'quotation',
    ),
    invalidQuotationName: textCanary('record name (quotation S00002)', 'quotation2'),
    receiptName: textCanary('record name (receipt WH/IN/00003)', 'receipt'),
    lotReceiptName: textCanary('record name (receipt WH/IN/00006)', 'lotreceipt'),
    operationType: textCanary('record name (operation type, kanban card)', 'optype'),
    warehouse: textCanary('warehouse name', 'warehouse'),
    customer: textCanary('partner name (customer of S00001)', 'customer'),
    invalidCustomer: textCanary('partner name (customer of S00002)', 'customer2'),
    vendor: textCanary('partner name (vendor of WH/IN/00003)', 'vendor'),
    lotVendor: textCanary('partner name (vendor of WH/IN/00006)', 'vendor2'),
    otherPartner: textCanary('partner name (picked in a many2one)', 'partner'),
    product: textCanary('product name (order line, move)', 'product'),
    lotProduct: textCanary('product name (in the lot error message)', 'lotproduct'),
    lineDescription: textCanary('order line description (x2many cell)', 'linedesc'),
    tag: textCanary('many2many tag name', 'tag'),
    origin: textCanary('char value (source document)', 'origin'),
    pickingNote: textCanary('text value (receipt note)', 'pickingnote'),
    orderNote: textCanary('text value (terms and conditions)', 'ordernote'),
    customerRef: textCanary('char value (customer reference)', 'custref'),
    email: emailCanary('email value'),
    phone: phoneCanary('phone value'),
    deposit: amountCanary('monetary value'),
    weight: amountCanary('float value'),
    validity: dateCanary('date value'),
    commitment: dateCanary('datetime value', true),
    internalNote: textCanary('html value (internal notes)', 'html'),
    accessCode: textCanary('password value', 'password'),
    accessToken: textCanary('hidden input value', 'hidden'),
    chatterBody: textCanary('chatter message', 'chatter'),
    chatterAuthor: textCanary('chatter author name', 'author'),
    receiptChatterBody: textCanary('chatter message (receipt)', 'chatter2'),
    help: textCanary('field help (data-tooltip)', 'help'),
    placeholder: textCanary('field placeholder', 'placeholder'),
    title: textCanary('field title attribute', 'title'),
    ariaLabel: textCanary('field aria-label', 'arialabel'),
    pickingPlaceholder: textCanary('field placeholder (receipt)', 'placeholder2'),
    pickingHelp: textCanary('field help (receipt)', 'help2'),
    favorite: textCanary('favorite name (search panel, quotations)', 'favorite'),
    pickingFavorite: textCanary('favorite name (search panel, receipts)', 'favorite2'),
  };

  const typed = {
    password: textCanary('password typed at login', 'loginpassword'),
    search: textCanary('text typed in the search box (Enter)', 'search'),
    searchQuick: textCanary('text typed in the search box (quick-search item)', 'quicksearch'),
    quantityOrigin: textCanary('char typed (source document)', 'typedorigin'),
    pickingNote: textCanary('text typed (receipt note)', 'typednote'),
    receiptChatter: textCanary('chatter note typed (receipt)', 'typedlog'),
    lot: textCanary('lot number typed (many2many tags in a list)', 'lot'),
    orderNote: textCanary('text typed (terms and conditions)', 'typedordernote'),
    tag: textCanary('tag typed (many2many tags)', 'typedtag'),
    customerRef: textCanary('char typed (customer reference)', 'typedref'),
    accessCode: textCanary('password typed (portal access code)', 'typedpassword'),
    email: emailCanary('email typed'),
    phone: phoneCanary('phone typed'),
    validity: dateCanary('date typed'),
    commitment: dateCanary('datetime typed', true),
    weight: amountCanary('float typed'),
    deposit: amountCanary('monetary typed'),
    internalNote: textCanary('html typed (internal notes)', 'typedhtml'),
    chatter: textCanary('chatter message typed', 'typedchatter'),
    unknownPartner: textCanary('unknown text typed in a many2one', 'typedm2o'),
    fileName: textCanary('name of the file chosen to import', 'filename'),
    fileContent: textCanary('content of the file chosen to import', 'filecontent'),
    fileColumn: textCanary('column header of the file chosen to import', 'filecolumn'),
  };

  return { planted, typed, all: [...Object.values(planted), ...Object.values(typed)] as Canary[] };
}

export type PrivacyCanaries = ReturnType<typeof createPrivacyCanaries>;

/** The `POST /sandbox/seed` patch that puts the planted canaries in the sandbox. */
export function privacySeedPatch({ planted: c }: PrivacyCanaries): SeedPatch {
  const message = (id: number, author: string, body: string) => ({
    id,
    author,
    body: `<p>${body}</p>`,
    date: '2026-03-05 10:00:00',
  });
  return {
    'res.users': { [CANARY_USER_ID]: { login: c.login.value, name: c.userName.value } },
    'res.partner': {
      3: { name: c.vendor.value },
      4: { name: c.customer.value },
      5: { name: c.invalidCustomer.value },
      7: { name: c.otherPartner.value },
      8: { name: c.lotVendor.value },
    },
    'product.product': { 3: { name: c.product.value }, 7: { name: c.lotProduct.value } },
    'crm.tag': { 1: { name: c.tag.value } },
    'stock.picking.type': { 1: { name: c.operationType.value, warehouse: c.warehouse.value } },
    'stock.picking': {
      3: {
        name: c.receiptName.value,
        origin: c.origin.value,
        note: c.pickingNote.value,
        messages: [message(901, c.chatterAuthor.value, c.receiptChatterBody.value)],
      },
      6: { name: c.lotReceiptName.value },
    },
    'sale.order': {
      1: {
        name: c.quotationName.value,
        userId: CANARY_USER_ID,
        note: c.orderNote.value,
        validityDate: c.validity.iso,
        clientOrderRef: c.customerRef.value,
        emailFrom: c.email.value,
        phone: c.phone.value,
        commitmentDate: c.commitment.iso,
        tagIds: [1, 2],
        depositAmount: c.deposit.amount,
        shippingWeight: c.weight.amount,
        internalNote: `<p>Internal: <b>${c.internalNote.value}</b></p>`,
        accessCode: c.accessCode.value,
        accessToken: c.accessToken.value,
        lines: [
          {
            id: 10,
            productId: 3,
            description: c.lineDescription.value,
            quantity: 2,
            priceUnit: 35,
          },
          { id: 11, productId: 6, description: 'Felt Acoustic Panel', quantity: 6, priceUnit: 95 },
        ],
        messages: [message(902, c.chatterAuthor.value, c.chatterBody.value)],
      },
      2: { name: c.invalidQuotationName.value },
    },
    'ir.filters': {
      1: { name: c.favorite.value },
      2: { name: c.pickingFavorite.value },
    },
    'ir.model.fields': {
      1: {
        help: c.help.value,
        placeholder: c.placeholder.value,
        title: c.title.value,
        ariaLabel: c.ariaLabel.value,
      },
      90: {
        model: 'stock.picking',
        name: 'origin',
        help: c.pickingHelp.value,
        placeholder: c.pickingPlaceholder.value,
        title: '',
        ariaLabel: '',
      },
      91: { model: 'sale.order', name: 'partner_id', placeholder: c.placeholder.value },
    },
  };
}
