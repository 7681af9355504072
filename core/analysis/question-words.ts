import type { Dataset } from './dataset.ts';

/**
 * The words partners and clients use for flows and modules, mapped to golden paths: "receipts"
 * is Receive goods, "bills" is Vendor bill to payment. A name or id of a path also works.
 */

const FLOW_WORDS: readonly (readonly [RegExp, string])[] = [
  [/\breceipts?\b|\breceiv(e|ed|ing)\b/, 'inventory.receipt'],
  [/\bdeliver(y|ies)?\b|\bshipping\b|\bshipments?\b/, 'inventory.delivery'],
  [/\bput ?aways?\b|\bstorage\b|\bstoring\b/, 'inventory.putaway'],
  [/\b(vendor |supplier )?bills?\b|\bpayables?\b/, 'accounting.vendor-bill'],
  [/\binvoices?\b|\binvoicing\b|\bsales?\b|\bquotations?\b|\bquotes?\b/, 'sales.order-to-payment'],
  [/\bpurchas(e|es|ing)\b|\brfqs?\b/, 'purchase.rfq-to-receipt'],
  [/\bmanufactur(e|ing)\b|\bproduction\b/, 'manufacturing.order'],
  [/\badjust(ment|ments|ing)?\b|\bphysical inventory\b|\bstock counts?\b/, 'inventory.adjustment'],
  [/\bproduct imports?\b|\bimport(s|ing)? products?\b/, 'data.product-import'],
];

const MODULE_WORDS: readonly (readonly [RegExp, string])[] = [
  [/\binventory\b|\bstock\b|\bwarehouse\b/, 'stock'],
  [/\baccounting\b|\bfinance\b/, 'account'],
  [/\bmrp\b/, 'mrp'],
];

/** Lower-case words separated by single spaces, punctuation dropped. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9.\- ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The paths a question names, in the dataset's paths: by the words above, by a path's id, or by
 * its name. A module's name stands for all its paths when no flow is named.
 */
export function pathsNamed(text: string, dataset: Dataset): string[] {
  const words = normalise(text);
  const known = [...dataset.paths.values()];
  const named = new Set<string>();
  for (const [pattern, id] of FLOW_WORDS) if (pattern.test(words)) named.add(id);
  for (const path of known) {
    if (words.includes(path.id) || words.includes(normalise(path.name))) named.add(path.id);
  }
  const flows = known.filter((path) => named.has(path.id)).map((path) => path.id);
  if (flows.length > 0) return flows;

  const modules = new Set(MODULE_WORDS.filter(([p]) => p.test(words)).map(([, module]) => module));
  return known.filter((path) => modules.has(path.module)).map((path) => path.id);
}
