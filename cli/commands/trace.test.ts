import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';

import { SESSION_A, SESSION_B, storedEvents } from '../../core/trace/test-events.ts';
import { traceEventOf, traceHeader, writeTrace } from '../../core/trace/index.ts';
import { main } from '../main.ts';

const HEADER = traceHeader('pathlight-extension/0.1.0', Date.UTC(2026, 11, 4));

let dir: string;
let log: MockInstance<typeof console.log>;
let error: MockInstance<typeof console.error>;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'pathlight-trace-'));
  log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
  error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

/** Everything the command printed on stdout and stderr. */
const printed = () => log.mock.calls.map((call) => call.join(' ')).join('\n');
const printedError = () => error.mock.calls.map((call) => call.join(' ')).join('\n');

/** Writes a trace file of the three test events and returns its path. */
async function goodTrace(name = 'good.jsonl'): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, writeTrace(HEADER, storedEvents().map(traceEventOf)));
  return file;
}

/** A trace whose line 2 is cut short and line 4 has an unknown event type. */
async function badTrace(): Promise<string> {
  const lines = writeTrace(HEADER, storedEvents().map(traceEventOf)).split('\n');
  lines[1] = lines[1]!.slice(0, 20);
  lines[3] = lines[3]!.replace('"type":"copy"', '"type":"keystroke"');
  const file = path.join(dir, 'bad.jsonl');
  await writeFile(file, lines.join('\n'));
  return file;
}

describe('pathlight trace check', () => {
  it('prints ok and the number of events for a good trace', async () => {
    const file = await goodTrace();

    expect(await main(['trace', 'check', file])).toBe(0);
    expect(printed()).toBe(`${file}: ok 3 events`);
  });

  it('prints each bad line as FILE:LINE: message [code] and exits 1', async () => {
    const good = await goodTrace();
    const bad = await badTrace();

    expect(await main(['trace', 'check', good, bad])).toBe(1);

    const lines = printed().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(`${good}: ok 3 events`);
    expect(lines[1]).toMatch(new RegExp(`^${bad}:2: not a JSON value .* \\[invalid_json\\]$`));
    expect(lines[2]).toMatch(
      new RegExp(`^${bad}:4: event type \\("keystroke"\\): .*\\[invalid_event\\]$`),
    );
  });

  it('lists the first 20 bad lines of a file, then how many more there are', async () => {
    const file = path.join(dir, 'binary.jsonl');
    const garbage = Array.from({ length: 1036 }, (_, index) => `\u0000ELF${index}`);
    await writeFile(file, `${writeTrace(HEADER, [])}${garbage.join('\n')}\n`);

    expect(await main(['trace', 'check', file])).toBe(1);

    const lines = printed().split('\n');
    expect(lines).toHaveLength(21);
    expect(lines[0]).toMatch(new RegExp(`^${file}:2: not a JSON value .*\\[invalid_json\\]$`));
    expect(lines[19]).toMatch(new RegExp(`^${file}:21: `));
    expect(lines[20]).toBe(`${file}: … and 1016 more bad lines (1036 in all)`);
  });

  it('words an unknown option plainly and names the ones there are', async () => {
    const file = await goodTrace();

    expect(await main(['trace', 'check', file, '--bogus'])).toBe(2);
    expect(await main(['trace', 'summary', file, '--jsn'])).toBe(2);
    expect(await main(['trace', 'chek', file])).toBe(2);

    expect(printedError().split('\n')).toEqual([
      'pathlight trace: unknown option "--bogus": the only option is --help; ' +
        'see "pathlight trace --help" [usage]',
      'pathlight trace: unknown option "--jsn": did you mean "--json"? ' +
        'See "pathlight trace --help" [usage]',
      'pathlight trace: unknown trace command "chek": did you mean "check"? ' +
        'See "pathlight trace --help" [usage]',
    ]);
  });

  it('reports a file of another format by its first line', async () => {
    const file = path.join(dir, 'export.csv.jsonl');
    await writeFile(file, '{"id":1,"name":"WH/IN/00001"}\n');

    expect(await main(['trace', 'check', file])).toBe(1);
    expect(printed()).toContain(`${file}:1: the first line must be the header`);
    expect(printed()).toContain('[missing_header]');
  });

  it.each([
    ['a missing file', ['check', '/nonexistent/trace.jsonl'], 'file_not_found', 1],
    ['a folder', ['check', '/tmp'], 'not_a_file', 1],
    ['no file', ['check'], 'usage', 2],
    ['an unknown option', ['check', 'x.jsonl', '--fast'], 'usage', 2],
    ['an unknown subcommand', ['replay', 'x.jsonl'], 'usage', 2],
  ])('fails with %s → [%s]', async (_case, args, code, exitCode) => {
    expect(await main(['trace', ...args])).toBe(exitCode);

    expect(printedError()).toContain(`[${code}]`);
    expect(log).not.toHaveBeenCalled();
  });
});

describe('pathlight trace summary', () => {
  it('prints sessions, events by type and screens as tables', async () => {
    const file = await goodTrace();

    expect(await main(['trace', 'summary', file])).toBe(0);

    const text = printed();
    expect(text).toContain('3 events in 2 sessions');
    expect(text).toMatch(new RegExp(`${SESSION_A}\\s+2\\s`));
    expect(text).toMatch(/^navigate\s+1$/m);
    expect(text).toMatch(/^stock\.menu_stock_root\s+stock\.picking\s+form\s+2$/m);
  });

  it('prints the same as one JSON object with --json, over every file given', async () => {
    const first = await goodTrace('a.jsonl');
    const second = await goodTrace('b.jsonl');

    expect(await main(['trace', 'summary', '--json', first, second])).toBe(0);

    const summary = JSON.parse(printed());
    expect(summary).toMatchObject({ files: [first, second], events: 6 });
    expect(summary.sessions.map((s: { session: string }) => s.session)).toEqual([
      SESSION_A,
      SESSION_B,
    ]);
    expect(summary.byType).toContainEqual({ type: 'click', events: 2 });
    expect(summary.screens[0]).toEqual({
      app: 'stock.menu_stock_root',
      model: 'stock.picking',
      viewType: 'form',
      events: 4,
    });
  });

  it('summarises the good lines of a damaged trace, names it on stderr and exits 1', async () => {
    const bad = await badTrace();

    expect(await main(['trace', 'summary', '--json', bad])).toBe(1);

    expect(JSON.parse(printed())).toMatchObject({ events: 1 });
    expect(printedError()).toContain(`${bad}: 2 bad line(s) left out`);
  });

  it('says "1 session" for one session', async () => {
    const file = path.join(dir, 'one.jsonl');
    const events = storedEvents().filter((event) => event.session === SESSION_A);
    await writeFile(file, writeTrace(HEADER, events.map(traceEventOf)));

    expect(await main(['trace', 'summary', file])).toBe(0);
    expect(printed().split('\n')[0]).toBe('2 events in 1 session');
  });

  it.each([
    ['an empty file', '', 1],
    ['a file of another kind', '\u0000ELF\u0001\n\u0002garbage\n', 2],
  ])('prints only the error for %s, no empty tables', async (_case, text, badLines) => {
    const file = path.join(dir, 'none.jsonl');
    await writeFile(file, text);

    expect(await main(['trace', 'summary', file])).toBe(1);
    expect(log).not.toHaveBeenCalled();
    expect(printedError()).toBe(
      `${file}: ${badLines} bad line(s) left out; run "pathlight trace check ${file}" for each ` +
        '[invalid_trace]',
    );
  });

  it('refuses a file named twice, whose events would count twice', async () => {
    const file = await goodTrace();

    expect(await main(['trace', 'summary', file, path.join(dir, '.', 'good.jsonl')])).toBe(2);
    expect(log).not.toHaveBeenCalled();
    expect(printedError()).toContain('is named twice: its events would count twice');
  });

  it('fails with file_not_found for a missing file', async () => {
    expect(await main(['trace', 'summary', path.join(dir, 'none.jsonl')])).toBe(1);
    expect(printedError()).toContain('[file_not_found]');
  });
});
