/**
 * `pathlight resolve`: for the client's admin, who holds the organisation's pseudonym secret,
 * turns the pseudonyms a partner names (in a review, "train u-3fa2b1c9 and u-77d0e412") back into
 * the logins of the organisation's Odoo users. The partner never sees the secret, so only the
 * client can do this, and it happens on the client's machine.
 */
import { parse } from 'csv-parse/sync';

import { MIN_SECRET_CHARS, pseudonymOf } from '../../core/identity/pseudonym.ts';
import { CliError, usageError, type Command } from '../command.ts';
import { parseOptions } from '../parse-options.ts';
import { readTextFile } from '../read-text-file.ts';

const SECRET_ENV = 'PATHLIGHT_PSEUDONYM_SECRET';

const USAGE = `Usage: pathlight resolve --users USERS.csv --database DB PSEUDONYM...

Turns pseudonyms back into the logins of your Odoo users. Run it where the
organisation's pseudonym secret is kept: the partner does not have it.

Arguments:
  PSEUDONYM          as a review shows it (u-3fa2b1c9) or in full (32 hex characters)

Options:
  --users FILE       a CSV file of your Odoo users with the columns id and login (the
                     user's database id and login), e.g. from PostgreSQL:
                     \\copy (SELECT id, login FROM res_users) TO 'users.csv' CSV HEADER
  --database NAME    the Odoo database's name, as the extension's policy covers it
  --secret-file FILE a file holding the pseudonym secret (the policy's pseudonymSecret);
                     without it the secret is read from ${SECRET_ENV}
  --json             one JSON object per pseudonym instead of a table
  -h, --help         show this help

The secret is never taken on the command line, where the shell history would keep it.
Exits 1 when a pseudonym matches no user (the others are still printed), 2 when the
command line is wrong.`;

/** Shortest pseudonym prefix accepted: 8 hex characters, as reviews print them. */
export const MIN_PREFIX_HEX = 8;

interface OdooUser {
  id: number;
  login: string;
}

interface Resolution {
  pseudonym: string;
  login: string | null;
}

/** The `resolve` command. */
export const resolve: Command = {
  async run(argv) {
    const { values, positionals } = parseOptions(
      argv,
      {
        users: { type: 'string' },
        database: { type: 'string' },
        'secret-file': { type: 'string' },
        json: { type: 'boolean' },
      },
      'resolve',
    );
    if (values.help) {
      console.log(USAGE);
      return 0;
    }

    if (!values.users)
      throw usageError('missing --users: give the CSV file of Odoo users', 'resolve');
    if (!values.database) {
      throw usageError("missing --database: give the Odoo database's name", 'resolve');
    }
    if (positionals.length === 0) {
      throw usageError('missing PSEUDONYM: give one or more, e.g. u-3fa2b1c9', 'resolve');
    }
    const wanted = positionals.map(pseudonymArgument);
    const secret = await readSecret(values['secret-file']);
    const users = parseUsers(await readTextFile(values.users, 'users file'), values.users);

    const known = await Promise.all(
      users.map(async (user) => ({
        login: user.login,
        pseudonym: await pseudonymOf(secret, values.database!, user.id),
      })),
    );
    const resolutions = wanted.map(({ shown, hex }): Resolution => {
      const found = known.find((user) => user.pseudonym.startsWith(hex));
      return { pseudonym: shown, login: found?.login ?? null };
    });

    print(resolutions, values.json ?? false);
    const missing = resolutions.filter((resolution) => resolution.login === null);
    if (missing.length > 0) {
      console.error(
        `${missing.length} pseudonym(s) match no user of ${values.users}: check --database and ` +
          'that the secret is the one in the extension policy [unknown_pseudonym]',
      );
      return 1;
    }
    return 0;
  },
};

function pseudonymArgument(raw: string): { shown: string; hex: string } {
  const hex = raw.toLowerCase().replace(/^u-/, '');
  if (!/^[0-9a-f]+$/.test(hex) || hex.length < MIN_PREFIX_HEX) {
    throw usageError(
      `"${raw}" is not a pseudonym: write it as a review shows it, e.g. u-3fa2b1c9`,
      'resolve',
    );
  }
  return { shown: raw, hex };
}

async function readSecret(file: string | undefined): Promise<string> {
  let secret =
    file === undefined ? process.env[SECRET_ENV] : await readTextFile(file, 'secret file');

  // A file written by an editor ends with a newline the policy value does not have.
  secret = secret?.replace(/\r?\n$/, '');
  const source = file === undefined ? SECRET_ENV : `"${file}"`;
  if (file !== undefined && !secret) {
    throw new CliError(
      'invalid_secret',
      `${source} is empty: it must hold the policy's pseudonymSecret`,
    );
  }
  if (!secret) {
    throw usageError(
      `no secret: give --secret-file FILE or set ${SECRET_ENV} to the policy's pseudonymSecret`,
      'resolve',
    );
  }
  // The extension refuses a shorter one, so no pseudonym was ever made with it.
  if (secret.length < MIN_SECRET_CHARS) {
    throw new CliError(
      'invalid_secret',
      `the secret in ${source} has ${secret.length} characters; the policy's pseudonymSecret has ` +
        `at least ${MIN_SECRET_CHARS}: check that it is the whole secret`,
    );
  }
  return secret;
}

/** Reads `id` and `login` from the users CSV; any other column is ignored. */
function parseUsers(text: string, file: string): OdooUser[] {
  let records: Record<string, string>[];
  try {
    records = parse(text, {
      columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      bom: true,
    });
  } catch (error) {
    throw new CliError('invalid_users_file', `${file} is not a CSV file: ${String(error)}`);
  }

  const first = records[0];
  if (!first || !('id' in first) || !('login' in first)) {
    throw new CliError(
      'invalid_users_file',
      `${file} needs a header line with the columns id and login, and one user per line`,
    );
  }
  return records.map((record, index) => {
    const id = Number(record.id);
    if (!Number.isInteger(id) || id < 0) {
      throw new CliError(
        'invalid_users_file',
        `${file} line ${index + 2}: id "${record.id}" is not a user's database id (a number)`,
      );
    }
    return { id, login: record.login ?? '' };
  });
}

function print(resolutions: readonly Resolution[], json: boolean): void {
  if (json) {
    for (const resolution of resolutions) console.log(JSON.stringify(resolution));
    return;
  }
  const width = Math.max(...resolutions.map((resolution) => resolution.pseudonym.length));
  for (const { pseudonym, login } of resolutions) {
    console.log(`${pseudonym.padEnd(width)}  ${login ?? '(no such user)'}`);
  }
}
