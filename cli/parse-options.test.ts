import { describe, expect, it } from 'vitest';

import { CliError } from './command.ts';
import { parseOptions } from './parse-options.ts';

const OPTIONS = { out: { type: 'string' }, summary: { type: 'boolean' } } as const;

/** The usage error a command line gets, as its code, exit code and message. */
function refusal(argv: string[]) {
  try {
    parseOptions(argv, OPTIONS, 'paths');
  } catch (error) {
    if (error instanceof CliError) return [error.code, error.exitCode, error.message];
    throw error;
  }
  return null;
}

describe('parseOptions', () => {
  it('returns positionals and typed values, with --help for every command', () => {
    const { positionals, values } = parseOptions(
      ['a.jsonl', '--out=drafts', '--summary', '-h', '--', '--b.jsonl'],
      OPTIONS,
      'paths',
    );

    expect(positionals).toEqual(['a.jsonl', '--b.jsonl']);
    expect(values).toEqual({ out: 'drafts', summary: true, help: true });
  });

  it.each([
    [
      ['--bogus'],
      'unknown option "--bogus": the options are --out, --summary and --help; ' +
        'see "pathlight paths --help"',
    ],
    [
      ['-x'],
      'unknown option "-x": the options are --out, --summary and --help; ' +
        'see "pathlight paths --help"',
    ],
    [
      ['--sumary'],
      'unknown option "--sumary": did you mean "--summary"? See "pathlight paths --help"',
    ],
    [['--out'], '--out needs a value; see "pathlight paths --help"'],
    [
      ['--out', '--summary'],
      '--out needs a value, but "--summary" follows it; write --out=--summary if that is the ' +
        'value; see "pathlight paths --help"',
    ],
    [
      ['--summary=yes'],
      '--summary takes no value: write --summary alone; see "pathlight paths --help"',
    ],
    [['--out', 'a', '--out=b'], '--out is given twice: give it once; see "pathlight paths --help"'],
  ])('refuses %j as a usage error: %s', (argv, message) => {
    expect(refusal(argv)).toEqual(['usage', 2, message]);
  });

  it('names the only option of a command that has none of its own', () => {
    expect(() => parseOptions(['--json'], {}, 'trace')).toThrow(
      'unknown option "--json": the only option is --help; see "pathlight trace --help"',
    );
  });
});
