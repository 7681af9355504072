/**
 * `pathlight recognise PAGE.html --url URL`: which Odoo screen a saved page shows.
 *
 * Useful to check the recogniser against a page saved from a customer's Odoo before a release,
 * and to write the `expected` of a new snapshot.
 */
import { parseArgs } from 'node:util';

import { parseHTML } from 'linkedom';

import { recognise as recogniseScreen } from '../../core/recognise/index.ts';
import { readTextFile } from '../read-text-file.ts';
import { CliError, type Command } from '../command.ts';

const USAGE = `Usage: pathlight recognise PAGE.html --url URL

Prints the Odoo screen a saved page shows, as one JSON object with the keys
version, app, model, viewType, state and dialog (null where unknown).

Arguments:
  PAGE.html   the page's HTML, e.g. saved with the browser's "Save page as" or outerHTML

Options:
  --url URL   the address the page was shown at, e.g. https://erp.example.com/odoo/receipts/9
              (an address without origin such as /web#action=344 is accepted too)
  -h, --help  show this help`;

// Exit code for a command line that cannot be run as typed (as for an unknown command).
const USAGE_EXIT = 2;
const SEE_HELP = 'see "pathlight recognise --help"';

/** The `recognise` command. */
export const recognise: Command = {
  async run(argv) {
    const { values, positionals } = parseOptions(argv);
    if (values.help) {
      console.log(USAGE);
      return 0;
    }

    const file = pageArgument(positionals);
    const url = checkUrl(values.url);
    const html = await readPage(file);
    if (!/<(?:html|body)[\s>]/i.test(html)) {
      throw new CliError('not_html', `"${file}" is not an HTML page: give a saved Odoo page`);
    }

    const { document } = parseHTML(html);
    if (!document.querySelector('body.o_web_client')) {
      // Still answer: the URL alone says something. But the reader must know the DOM did not.
      console.error(
        `pathlight recognise: warning: "${file}" has no Odoo web client markup ` +
          '(body.o_web_client); only the URL was read [not_odoo_page]',
      );
    }
    console.log(JSON.stringify(recogniseScreen(url, document), null, 2));
    return 0;
  },
};

function parseOptions(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        url: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // `--url` typed without its value is a URL problem, not a grammar one.
    if (/--url\b/.test(message)) {
      throw new CliError('invalid_url', `--url needs a value; ${SEE_HELP}`, USAGE_EXIT);
    }
    const option = /'(-[^']*)'/.exec(message)?.[1];
    const what = option ? `unknown option "${option}"` : message;
    throw new CliError('usage', `${what}; ${SEE_HELP}`, USAGE_EXIT);
  }
}

function pageArgument(positionals: string[]): string {
  const [file, ...extra] = positionals;
  if (!file) {
    throw new CliError('usage', `missing the PAGE.html argument; ${SEE_HELP}`, USAGE_EXIT);
  }
  if (extra.length > 0) {
    const list = extra.map((arg) => `"${arg}"`).join(', ');
    throw new CliError('usage', `one page at a time: unexpected ${list}; ${SEE_HELP}`, USAGE_EXIT);
  }
  return file;
}

/** Accepts a full http(s) address, or a path starting with `/` as copied from the address bar. */
function checkUrl(url: string | undefined): string {
  const example = 'e.g. --url https://erp.example.com/odoo/receipts/9';
  if (url === undefined) {
    throw new CliError(
      'invalid_url',
      `missing --url: give the page's address, ${example}`,
      USAGE_EXIT,
    );
  }
  if (url.trim() === '') {
    throw new CliError(
      'invalid_url',
      `--url is empty: give the page's address, ${example}`,
      USAGE_EXIT,
    );
  }

  if (url.startsWith('/') && !url.startsWith('//')) return url;
  if (URL.canParse(url) && /^https?:$/.test(new URL(url).protocol)) return url;
  throw new CliError('invalid_url', `--url "${url}" is not an http(s) address, ${example}`);
}

function readPage(file: string): Promise<string> {
  return readTextFile(file, 'saved page file');
}
