/**
 * `pathlight recognise PAGE.html --url URL`: which Odoo screen a saved page shows.
 *
 * Useful to check the recogniser against a page saved from a customer's Odoo before a release,
 * and to write the `expected` of a new snapshot.
 */
import { parseHTML } from 'linkedom';

import { recognise as recogniseScreen } from '../../core/recognise/index.ts';
import { CliError, USAGE_EXIT, usageError, type Command } from '../command.ts';
import { parseOptions } from '../parse-options.ts';
import { readTextFile } from '../read-text-file.ts';

const USAGE = `Usage: pathlight recognise PAGE.html --url URL

Prints the Odoo screen a saved page shows, as one JSON object with the keys
version, app, model, viewType, state and dialog (null where unknown).

Arguments:
  PAGE.html   the page's HTML, e.g. saved with the browser's "Save page as" or outerHTML

Options:
  --url URL   the address the page was shown at, e.g. https://erp.example.com/odoo/receipts/9
              (an address without origin such as /web#action=344 is accepted too)
  -h, --help  show this help

Exits 2 when the command line is wrong (a missing or malformed --url included), 1 when the page
file is missing or not an HTML page.`;

/** The `recognise` command. */
export const recognise: Command = {
  async run(argv) {
    const { values, positionals } = parseOptions(argv, { url: { type: 'string' } }, 'recognise');
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

function pageArgument(positionals: string[]): string {
  const [file, ...extra] = positionals;
  if (!file) throw usageError('missing the PAGE.html argument', 'recognise');
  if (extra.length > 0) {
    const list = extra.map((arg) => `"${arg}"`).join(', ');
    throw usageError(`one page at a time: unexpected ${list}`, 'recognise');
  }
  return file;
}

/** Accepts a full http(s) address, or a path starting with `/` as copied from the address bar. */
function checkUrl(url: string | undefined): string {
  const example = 'e.g. --url https://erp.example.com/odoo/receipts/9';
  if (url === undefined) throw urlError(`missing --url: give the page's address, ${example}`);
  if (url.trim() === '') throw urlError(`--url is empty: give the page's address, ${example}`);

  if (url.startsWith('/') && !url.startsWith('//')) return url;
  if (URL.canParse(url) && /^https?:$/.test(new URL(url).protocol)) return url;
  throw urlError(`--url "${url}" is not an http(s) address, ${example}`);
}

/** The address is typed on the command line, so a bad one exits as every usage error does. */
function urlError(message: string): CliError {
  return new CliError('invalid_url', message, USAGE_EXIT);
}

function readPage(file: string): Promise<string> {
  return readTextFile(file, 'saved page file');
}
