import receipt from '../../paths/inventory-receipt.json';
import salesToPayment from '../../paths/sales-order-to-payment.json';
import { goldenPathSchema, type GoldenPath } from './schema.ts';

/** The golden paths shipped with Pathlight, validated when first imported. */
export const BUILT_IN_PATHS: readonly GoldenPath[] = [receipt, salesToPayment].map((raw) =>
  goldenPathSchema.parse(raw),
);
