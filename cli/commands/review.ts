/**
 * `pathlight review`: the partner's weekly review of one organisation, fetched from the backend
 * and written as Markdown (for a ticket, a wiki, an e-mail) or as a standalone HTML page.
 */
import { isIsoWeek } from '../../core/analysis/index.ts';
import { CliError, USAGE_EXIT, usageError, type Command } from '../command.ts';
import { parseOptions } from '../parse-options.ts';
import { writeOutFile } from '../write-out-file.ts';
import { fetchReview } from './fetch-review.ts';

/** Where the backend is when neither --backend nor PATHLIGHT_BACKEND_URL says. */
export const DEFAULT_BACKEND_URL = 'http://127.0.0.1:8787';

const BACKEND_ENV = 'PATHLIGHT_BACKEND_URL';
const TOKEN_ENV = 'PATHLIGHT_TOKEN';
const FORMATS = ['markdown', 'html'] as const;

const USAGE = `Usage: pathlight review --org ORG [--week 2026-W49] [options]

Fetches an organisation's weekly review from the Pathlight backend: the top three
problems with their likely cause, evidence and proposed intervention, how the
interventions worked out, and every cluster of the week.

Options:
  --org ORG          the organisation's id, as in its dashboard's address
  --week WEEK        the ISO week, e.g. 2026-W49 (default: this week, by the backend)
  --format FORMAT    markdown (default) or html, a page that opens offline
  --out FILE         write the review to FILE instead of printing it
  --backend URL      the backend's address (default: ${BACKEND_ENV}, else
                     ${DEFAULT_BACKEND_URL})
  --token TOKEN      a read token that may read the organisation (default:
                     ${TOKEN_ENV})
  -h, --help         show this help

Codes: backend_unreachable, invalid_token, wrong_org, unknown_org, invalid_week,
out_unwritable, backend_error, missing_token, usage.`;

/** The `review` command. */
export const review: Command = {
  async run(argv) {
    const { values, positionals } = parseOptions(
      argv,
      {
        org: { type: 'string' },
        week: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        backend: { type: 'string' },
        token: { type: 'string' },
      },
      'review',
    );
    if (values.help) {
      console.log(USAGE);
      return 0;
    }

    if (positionals.length > 0) {
      throw usageError(
        `unexpected "${positionals[0]}": give every value with its option`,
        'review',
      );
    }
    if (!values.org) throw usageError('missing --org: give the organisation id', 'review');
    if (values.week !== undefined && !isIsoWeek(values.week)) {
      throw new CliError(
        'invalid_week',
        `--week "${values.week}" must be an ISO week such as 2026-W49`,
        USAGE_EXIT,
      );
    }
    const format = values.format ?? 'markdown';
    if (!(FORMATS as readonly string[]).includes(format)) {
      throw usageError(`--format "${format}" must be markdown or html`, 'review');
    }
    const backend = backendUrl(values.backend ?? process.env[BACKEND_ENV] ?? DEFAULT_BACKEND_URL);
    const token = values.token ?? process.env[TOKEN_ENV];
    if (!token) {
      throw new CliError(
        'missing_token',
        `no read token: give --token TOKEN or set ${TOKEN_ENV}`,
        USAGE_EXIT,
      );
    }

    const text = await fetchReview({
      backend,
      token,
      org: values.org,
      week: values.week,
      format: format as (typeof FORMATS)[number],
    });
    if (values.out === undefined) {
      process.stdout.write(text);
      return 0;
    }
    await writeOutFile(values.out, text);
    console.log(`Wrote the weekly review of ${values.org} to ${values.out}`);
    return 0;
  },
};

/** The backend's address without a trailing slash; refused unless it is an http(s) URL. */
function backendUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    url = new URL('invalid:');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw usageError(
      `backend address "${value}" must be an http(s) URL such as ${DEFAULT_BACKEND_URL}`,
      'review',
    );
  }
  return value.replace(/\/+$/, '');
}
