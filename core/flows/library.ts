import vendorBill from '../../paths/accounting-vendor-bill.json';
import productImport from '../../paths/data-product-import.json';
import adjustment from '../../paths/inventory-adjustment.json';
import delivery from '../../paths/inventory-delivery.json';
import putaway from '../../paths/inventory-putaway.json';
import receipt from '../../paths/inventory-receipt.json';
import manufacturing from '../../paths/manufacturing-order.json';
import purchaseToReceipt from '../../paths/purchase-rfq-to-receipt.json';
import salesToPayment from '../../paths/sales-order-to-payment.json';
import { goldenPathSchema, type GoldenPath } from './schema.ts';

/**
 * The golden paths shipped with Pathlight, validated when first imported. The order matters to
 * `flowOfScreen`, which gives a screen to the first path naming its model: the everyday flows
 * of each model come first.
 */
export const BUILT_IN_PATHS: readonly GoldenPath[] = [
  receipt,
  salesToPayment,
  purchaseToReceipt,
  delivery,
  putaway,
  vendorBill,
  manufacturing,
  adjustment,
  productImport,
].map((raw) => goldenPathSchema.parse(raw));
