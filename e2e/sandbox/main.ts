import { parseArgs } from 'node:util';

import { describeListenError, portFrom } from '../support/listen-errors.ts';
import { startSandbox } from './server.ts';

/**
 * Runs the sandbox on its own: `npm run sandbox -- --port 8069 [--host 127.0.0.1]
 * [--delay 300-600]`. Prints the login URLs of both variants and stops on Ctrl+C.
 */

const USAGE = `Usage: npm run sandbox -- [--port 8069] [--host 127.0.0.1] [--delay 300-600]

Serves the Odoo-like sandbox (17 at /web, 18 at /odoo). --delay is the time in ms a button
call takes (a range min-max), so that the loading indicator shows.`;

function fail(message: string): never {
  process.stderr.write(`sandbox: ${message}\n`);
  process.exit(1);
}

function options() {
  try {
    return parseArgs({
      options: {
        port: { type: 'string', default: '8069' },
        host: { type: 'string', default: '127.0.0.1' },
        delay: { type: 'string', default: '300-600' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    const option = /'(-[^']*)'/.exec(String(error))?.[1];
    return fail(`unknown option "${option ?? String(error)}"; see --help [usage]`);
  }
}

const values = options();
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

let port = 0;
try {
  port = portFrom(values.port, 8069, '--port');
} catch (error) {
  fail((error as Error).message);
}
const [min = Number.NaN, max = min] = (values.delay ?? '').split('-').map(Number);
if (!Number.isFinite(min) || !Number.isFinite(max) || min < 0 || max < min) {
  fail(`--delay "${values.delay}" must be milliseconds or a range such as 300-600 [usage]`);
}

const sandbox = await startSandbox({
  port,
  host: values.host,
  buttonDelayMs: [min, max],
}).catch((error: unknown) => fail(describeListenError(error, port, '--port')));

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
