/**
 * Records the golden-path corpus: scripted personas drive the sandbox in headless Chromium with
 * the built extension, and each persona's events are written as a trace to `traces/NAME.jsonl`.
 * `expected.json` beside them says what matching must find in each; the tests read both.
 *
 *   npm run build && npx tsx e2e/paths-corpus/record.ts [NAME ...]
 *
 * Each persona gets a fresh browser (its own session) and a freshly reset sandbox.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { traceEventOf, traceHeader, writeTrace } from '../../core/trace/index.ts';
import { startSandbox } from '../sandbox/server.ts';
import { launchWithExtension } from '../support/launch.ts';
import { settledEvents } from '../support/settle.ts';
import { SimulatedUser, type OdooVariant } from '../support/simulated-user.ts';

const TRACES = path.join(import.meta.dirname, 'traces');

interface Persona {
  name: string;
  login: string;
  variant: OdooVariant;
  run(user: SimulatedUser): Promise<void>;
}

const VALIDATE = '.o_statusbar_buttons button[name=button_validate]';

const PERSONAS: Persona[] = [
  {
    name: 'receipt-18',
    login: 'ana',
    variant: 18,
    run: (user) => user.receiveGoods({ backorder: false }),
  },
  {
    name: 'receipt-backorder-18',
    login: 'ben',
    variant: 18,
    run: (user) => user.receiveGoods({ backorder: true }),
  },
  {
    name: 'receipt-17',
    login: 'dev',
    variant: 17,
    run: (user) => user.receiveGoods({ backorder: false }),
  },
  {
    name: 'sale-to-payment-18',
    login: 'chloe',
    variant: 18,
    run: (user) => user.orderToPayment('S00001'),
  },
  {
    name: 'sale-to-payment-17',
    login: 'eve',
    variant: 17,
    run: (user) => user.orderToPayment('S00001'),
  },
  {
    // Opens a receipt, goes back to the list, then leaves for Sales: abandoned at the form.
    name: 'receipt-abandoned-18',
    login: 'femi',
    variant: 18,
    async run(user) {
      await openReceipts(user);
      await user.openRecord('WH/IN/00002');
      await user.click('.o_breadcrumb li.o_back_button a');
      await user.page.waitForSelector('.o_list_view');
      await user.openApp('sale.sale_menu_root');
    },
  },
  {
    // Validate refuses the missing lot; the user enters it and validates again.
    name: 'receipt-lot-error-18',
    login: 'ana',
    variant: 18,
    async run(user) {
      await openReceipts(user);
      await user.openRecord('WH/IN/00006');
      await user.click(VALIDATE);
      await user.page.waitForSelector('.o_error_dialog');
      await user.click('.o_error_dialog .o-default-button');
      await user.page.waitForSelector('.o_error_dialog', { hidden: true });
      await user.type('td[name=lot_ids] input', 'LOT-0042');
      await user.click(VALIDATE);
      await user.waitForState('done');
    },
  },
  {
    // Opens the same receipt three times from the list before validating it.
    name: 'receipt-loop-17',
    login: 'femi',
    variant: 17,
    async run(user) {
      await openReceipts(user);
      for (let visit = 0; visit < 2; visit += 1) {
        await user.openRecord('WH/IN/00002');
        await user.click('.o_breadcrumb li.o_back_button a');
        await user.page.waitForSelector('.o_list_view');
      }
      await user.openRecord('WH/IN/00002');
      await user.click(VALIDATE);
      await user.waitForState('done');
    },
  },
  {
    // Looks something up in Inventory between confirming and invoicing.
    name: 'sale-detour-18',
    login: 'ben',
    variant: 18,
    async run(user) {
      await user.openQuotation('S00001');
      await user.confirmOrder();
      await user.openApp('stock.menu_stock_root');
      await user.page.goBack();
      await user.page.waitForSelector('.o_statusbar_buttons button#create_invoice');
      await user.createInvoice();
      await user.postAndPay();
    },
  },
  {
    // Creates the draft invoice and stops there.
    name: 'sale-abandoned-17',
    login: 'chloe',
    variant: 17,
    async run(user) {
      await user.openQuotation('S00001');
      await user.confirmOrder();
      await user.createInvoice();
    },
  },
  {
    name: 'delivery-18',
    login: 'dev',
    variant: 18,
    async run(user) {
      await user.openApp('stock.menu_stock_root');
      await user.openMenu('stock.menu_stock_warehouse_mgmt', 'stock.out_picking');
      await user.openRecord('WH/OUT/00001');
      await user.click(VALIDATE);
      await user.waitForState('done');
    },
  },
];

async function openReceipts(user: SimulatedUser): Promise<void> {
  await user.openApp('stock.menu_stock_root');
  await user.openMenu('stock.menu_stock_warehouse_mgmt', 'stock.in_picking');
}

async function record(persona: Persona, sandbox: Awaited<ReturnType<typeof startSandbox>>) {
  await sandbox.reset();
  const launched = await launchWithExtension();
  try {
    const page = await launched.newPage();
    await page.setViewport({ width: 1400, height: 900 });
    const user = new SimulatedUser(page, sandbox.url, persona.login, persona.variant);
    await user.logIn();
    await persona.run(user);
    const events = await settledEvents(launched);
    const header = traceHeader('pathlight-corpus/1', Date.now());
    const text = writeTrace(header, events.map(traceEventOf));
    writeFileSync(path.join(TRACES, `${persona.name}.jsonl`), text);
    return events.length;
  } finally {
    await launched.close();
  }
}

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !PERSONAS.some((persona) => persona.name === name));
if (unknown.length > 0) {
  console.error(
    `unknown persona ${unknown.join(', ')}; known: ${PERSONAS.map((p) => p.name).join(', ')}`,
  );
  process.exit(2);
}

mkdirSync(TRACES, { recursive: true });
const sandbox = await startSandbox({ port: 0, buttonDelayMs: [150, 300] });
try {
  const personas = PERSONAS.filter(
    (persona) => wanted.length === 0 || wanted.includes(persona.name),
  );
  for (const [index, persona] of personas.entries()) {
    const started = performance.now();
    const count = await record(persona, sandbox);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `[${index + 1}/${personas.length}] ${persona.name}: ${count} events (${seconds} s)`,
    );
  }
} finally {
  await sandbox.close();
}
