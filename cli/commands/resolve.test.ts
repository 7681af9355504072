import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';

import { pseudonymOf } from '../../core/identity/pseudonym.ts';
import { main } from '../main.ts';

const SECRET = 'a-secret-the-client-keeps-to-itself';
const DATABASE = 'northwind';

describe('pathlight resolve', () => {
  let log: MockInstance<typeof console.log>;
  let error: MockInstance<typeof console.error>;
  let dir: string;
  let users: string;
  let secretFile: string;

  beforeEach(() => {
    log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    dir = mkdtempSync(path.join(tmpdir(), 'pathlight-resolve-'));
    users = path.join(dir, 'users.csv');
    writeFileSync(users, 'id,login,name\n7,ana@example.com,Ana\n9,ben@example.com,Ben\n');
    secretFile = path.join(dir, 'secret');
    writeFileSync(secretFile, `${SECRET}\n`);
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  const printed = () => log.mock.calls.map((call) => String(call[0]));

  it('turns short and full pseudonyms back into the logins of the users they stand for', async () => {
    const ben = await pseudonymOf(SECRET, DATABASE, 9);
    const ana = await pseudonymOf(SECRET, DATABASE, 7);

    const code = await main([
      'resolve',
      '--users',
      users,
      '--database',
      DATABASE,
      '--secret-file',
      secretFile,
      `u-${ben.slice(0, 8)}`,
      ana,
    ]);

    expect(code).toBe(0);
    expect(printed()).toEqual([
      `${`u-${ben.slice(0, 8)}`.padEnd(ana.length)}  ben@example.com`,
      `${ana}  ana@example.com`,
    ]);
  });

  it('reads the secret from the environment and says which pseudonyms match nobody', async () => {
    vi.stubEnv('PATHLIGHT_PSEUDONYM_SECRET', SECRET);
    const ana = await pseudonymOf(SECRET, DATABASE, 7);
    const other = await pseudonymOf('another-secret-entirely', DATABASE, 7);

    const code = await main([
      'resolve',
      '--json',
      '--users',
      users,
      '--database',
      DATABASE,
      ana.slice(0, 8),
      `u-${other.slice(0, 8)}`,
    ]);

    expect(code).toBe(1);
    expect(printed().map((line) => JSON.parse(line))).toEqual([
      { pseudonym: ana.slice(0, 8), login: 'ana@example.com' },
      { pseudonym: `u-${other.slice(0, 8)}`, login: null },
    ]);
    expect(String(error.mock.calls[0]![0])).toContain('[unknown_pseudonym]');
    vi.unstubAllEnvs();
  });

  it('refuses to run without a secret, and a users file without id and login columns', async () => {
    vi.stubEnv('PATHLIGHT_PSEUDONYM_SECRET', '');
    const noSecret = await main([
      'resolve',
      '--users',
      users,
      '--database',
      DATABASE,
      'u-12345678',
    ]);
    writeFileSync(users, 'login\nana@example.com\n');
    const badUsers = await main([
      'resolve',
      '--users',
      users,
      '--database',
      DATABASE,
      '--secret-file',
      secretFile,
      'u-12345678',
    ]);

    expect([noSecret, badUsers]).toEqual([2, 1]);
    expect(error.mock.calls.map((call) => String(call[0]))).toEqual([
      'pathlight resolve: no secret: give --secret-file FILE or set PATHLIGHT_PSEUDONYM_SECRET ' +
        'to the policy\'s pseudonymSecret; see "pathlight resolve --help" [usage]',
      `pathlight resolve: ${users} needs a header line with the columns id and login, and one ` +
        'user per line [invalid_users_file]',
    ]);
    vi.unstubAllEnvs();
  });

  it('refuses an empty secret file, or a secret shorter than any policy takes', async () => {
    const empty = path.join(dir, 'empty');
    writeFileSync(empty, '\n');
    const short = path.join(dir, 'short');
    writeFileSync(short, 'abcde\n');
    const run = (file: string) =>
      main([
        'resolve',
        '--users',
        users,
        '--database',
        DATABASE,
        '--secret-file',
        file,
        'u-12345678',
      ]);

    expect([await run(empty), await run(short)]).toEqual([1, 1]);
    expect(error.mock.calls.map((call) => String(call[0]))).toEqual([
      `pathlight resolve: "${empty}" is empty: it must hold the policy's pseudonymSecret ` +
        '[invalid_secret]',
      `pathlight resolve: the secret in "${short}" has 5 characters; the policy's ` +
        'pseudonymSecret has at least 16: check that it is the whole secret [invalid_secret]',
    ]);
  });

  it('refuses what is not a pseudonym', async () => {
    const code = await main(['resolve', '--users', users, '--database', DATABASE, 'ana']);

    expect(code).toBe(2);
    expect(String(error.mock.calls[0]![0])).toContain('"ana" is not a pseudonym');
  });
});
