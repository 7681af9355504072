import { parseArgs } from 'node:util';

import { startSandbox } from './server.ts';

/**
 * Runs the sandbox on its own: `npx tsx e2e/sandbox/main.ts --port 8069 [--host 127.0.0.1]
 * [--delay 300-600]`. Prints the login URLs of both variants and stops on Ctrl+C.
 */

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8069' },
    host: { type: 'string', default: '127.0.0.1' },
    delay: { type: 'string', default: '300-600' },
  },
});

const [min = 300, max = min] = (values.delay ?? '').split('-').map(Number);
const sandbox = await startSandbox({
  port: Number(values.port),
  host: values.host,
  buttonDelayMs: [min, max],
});

process.stdout.write(
  `Pathlight sandbox listening on ${sandbox.url}\n` +
    `  Odoo 18 variant: ${sandbox.url}/web/login?variant=18  (then /odoo/receipts, /odoo/sales)\n` +
    `  Odoo 17 variant: ${sandbox.url}/web/login?variant=17  (then /web)\n` +
    `  Users: ana, ben, chloe, dev, eve, femi (any password)\n`,
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void sandbox.close().then(() => process.exit(0));
  });
}
