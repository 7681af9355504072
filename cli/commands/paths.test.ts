import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';

import { main } from '../main.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TRACES = path.join(ROOT, 'e2e/paths-corpus/traces');
const trace = (name: string) => path.join(TRACES, `${name}.jsonl`);

let dir: string;
let log: MockInstance<typeof console.log>;
let error: MockInstance<typeof console.error>;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'pathlight-paths-'));
  log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
  error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

const printed = () => log.mock.calls.map((call) => call.join(' ')).join('\n');
const printedError = () => error.mock.calls.map((call) => call.join(' ')).join('\n');

describe('pathlight paths validate', () => {
  it('passes the built-in library, one line per path naming its file', async () => {
    const library = path.join(ROOT, 'paths');

    expect(await main(['paths', 'validate', library])).toBe(0);
    expect(log.mock.calls.map((call) => call[0])).toContain(
      `${path.join(library, 'inventory-receipt.json')}: ok inventory.receipt@2 (7 steps)`,
    );
    expect(printed()).toMatch(/9 valid, no problems$/);
  });

  it('says a file holding a list, not a path, must be one golden path', async () => {
    await writeFile(path.join(dir, 'arr.json'), '[]');

    expect(await main(['paths', 'validate', dir])).toBe(1);
    expect(printedError()).toBe(
      `${path.join(dir, 'arr.json')}: must be one golden path (a JSON object), not a list [invalid_path]`,
    );
    expect(printed()).toBe('0 valid, 1 problem(s)');
  });

  it('names each bad file, its field and the fix, and exits 1', async () => {
    const good = await readFile(path.join(ROOT, 'paths/inventory-delivery.json'), 'utf8');
    await writeFile(path.join(dir, 'good.json'), good);
    await writeFile(
      path.join(dir, 'typo.json'),
      good.replace('"roles"', '"role"').replace('"id": "inventory.delivery"', '"id": "other"'),
    );
    await writeFile(path.join(dir, 'broken.json'), '{ "id": ');

    expect(await main(['paths', 'validate', dir])).toBe(1);
    expect(printedError()).toContain(
      `${path.join(dir, 'typo.json')}: role: is not a key of a golden path: did you mean "roles"? [invalid_path]`,
    );
    expect(printedError()).toContain(`${path.join(dir, 'typo.json')}: roles: is missing`);
    expect(printedError()).toMatch(/broken\.json: is not valid JSON .*\[invalid_json\]/);
    expect(printed()).toMatch(/1 valid, 3 problem\(s\)$/);
  });

  it('says when the folder is missing, a file, or empty', async () => {
    await writeFile(path.join(dir, 'x.json'), '{}');

    await expect(main(['paths', 'validate', path.join(dir, 'nope')])).resolves.toBe(1);
    await expect(main(['paths', 'validate', path.join(dir, 'x.json')])).resolves.toBe(1);
    await rm(path.join(dir, 'x.json'));
    await expect(main(['paths', 'validate', dir])).resolves.toBe(1);

    expect(
      printedError()
        .split('\n')
        .map((line) => /\[(\w+)\]$/.exec(line)?.[1]),
    ).toEqual(['file_not_found', 'not_a_folder', 'no_paths']);
  });

  it('names a folder or a broken link among the path files instead of crashing', async () => {
    await mkdir(path.join(dir, 'drafts.json'));
    await expect(main(['paths', 'validate', dir])).resolves.toBe(1);
    await rm(path.join(dir, 'drafts.json'), { recursive: true });
    await symlink(path.join(dir, 'gone'), path.join(dir, 'link.json'));
    await expect(main(['paths', 'validate', dir])).resolves.toBe(1);

    expect(printedError().split('\n')).toEqual([
      `pathlight paths: "${path.join(dir, 'drafts.json')}" is a folder: give one path file [not_a_file]`,
      `pathlight paths: no path file at "${path.join(dir, 'link.json')}": check the path [file_not_found]`,
    ]);
  });
});

describe('pathlight paths match', () => {
  it('prints the attempts of a trace as JSON', async () => {
    expect(await main(['paths', 'match', trace('receipt-abandoned-18')])).toBe(0);

    const attempts = JSON.parse(printed());
    expect(attempts).toMatchObject([
      { path: 'inventory.receipt', version: 2, status: 'abandoned', furthestStep: 'receipt-form' },
    ]);
  });

  it('prints measures and step baselines with --summary', async () => {
    const files = ['receipt-18', 'receipt-17', 'receipt-abandoned-18'].map(trace);

    expect(await main(['paths', 'match', '--summary', ...files])).toBe(0);

    const { measures, baselines } = JSON.parse(printed());
    expect(measures).toMatchObject([
      { path: 'inventory.receipt', attempts: 3, completed: 2, coverage: 1 },
    ]);
    expect(baselines.map((b: { step: string }) => b.step).sort()).toEqual([
      'done',
      'receipt-form',
      'receipts-list',
      'validate',
    ]);
  });

  it('refuses a folder of paths with a problem before matching anything', async () => {
    await writeFile(path.join(dir, 'bad.json'), '{"id": "x"}');

    expect(await main(['paths', 'match', '--paths', dir, trace('receipt-18')])).toBe(1);
    expect(printedError()).toMatch(/1 problem\(s\)|problem\(s\) in/);
    expect(printedError()).toContain('[invalid_paths]');
    expect(printed()).toBe('');
  });

  it('needs a trace, and knows its options', async () => {
    expect(await main(['paths', 'match'])).toBe(2);
    expect(await main(['paths', 'match', '--bogus', trace('receipt-18')])).toBe(2);
    expect(await main(['paths', 'match', '--sumary', trace('receipt-18')])).toBe(2);
    expect(await main(['paths', 'frobnicate'])).toBe(2);
    expect(await main(['paths', 'valdate'])).toBe(2);

    expect(printedError().split('\n')).toEqual([
      'pathlight paths: missing TRACE: give one or more traces, e.g. pathlight paths match ' +
        'trace.jsonl; see "pathlight paths --help" [usage]',
      'pathlight paths: unknown option "--bogus": the options are --paths, --summary and --help; ' +
        'see "pathlight paths --help" [usage]',
      'pathlight paths: unknown option "--sumary": did you mean "--summary"? ' +
        'See "pathlight paths --help" [usage]',
      'pathlight paths: unknown paths command "frobnicate": use validate, match, mine or ' +
        'baselines; see "pathlight paths --help" [usage]',
      'pathlight paths: unknown paths command "valdate": did you mean "validate"? ' +
        'See "pathlight paths --help" [usage]',
    ]);
  });
});

describe('pathlight paths mine', () => {
  it('finds the receipt and sales flows of the sandbox personas and writes drafts that validate', async () => {
    const out = path.join(dir, 'drafts');
    const files = [
      'receipt-18',
      'receipt-17',
      'receipt-backorder-18',
      'sale-to-payment-18',
      'sale-to-payment-17',
    ].map(trace);

    expect(await main(['paths', 'mine', '--out', out, ...files])).toBe(0);

    const report = JSON.parse(printed());
    expect(
      report.goals.map((goal: { goal: string; cases: number }) => [goal.goal, goal.cases]),
    ).toEqual([
      ['stock.picking done (from stock.in_picking)', 3],
      ['account.payment.register action_create_payments', 2],
    ]);
    expect(report.graph).toContainEqual({
      from: 'stock.picking list',
      to: 'stock.picking form assigned',
      count: 3,
    });

    const drafts = await Promise.all(
      (await readdir(out))
        .sort()
        .map(async (name) => JSON.parse(await readFile(path.join(out, name), 'utf8'))),
    );
    const buttons = (draft: { steps: { match: { button?: string } }[] }) =>
      draft.steps.flatMap((step) => (step.match.button ? [step.match.button] : []));
    expect(drafts.map(buttons)).toEqual([
      [
        'action_confirm',
        'create_invoices',
        'action_post',
        'action_register_payment',
        'action_create_payments',
      ],
      ['button_validate'],
    ]);

    log.mockClear();
    expect(await main(['paths', 'validate', out])).toBe(0);
    expect(printed()).toMatch(/2 valid, no problems$/);
  });

  it('keeps every Odoo version its cases were seen on in the draft', async () => {
    const out = path.join(dir, 'drafts');

    expect(
      await main(['paths', 'mine', trace('receipt-18'), trace('receipt-17'), '--out', out]),
    ).toBe(0);

    const [name] = await readdir(out);
    const draft = JSON.parse(await readFile(path.join(out, name!), 'utf8'));
    expect(draft.description).toMatch(/^Mined from 2 of 2 successful cases/);
    expect(draft.odooVersions).toEqual([17, 18]);
  });

  it('refuses an --out that is a file, or inside one, in one coded line', async () => {
    const file = path.join(dir, 'package.json');
    await writeFile(file, '{}');

    expect(await main(['paths', 'mine', trace('receipt-18'), '--out', file])).toBe(1);
    expect(await main(['paths', 'mine', trace('receipt-18'), '--out', path.join(file, 'x')])).toBe(
      1,
    );

    expect(printedError().split('\n')).toEqual([
      `pathlight paths: --out "${file}" is a file, not a folder: give a folder to write into, ` +
        'e.g. --out drafts [out_not_a_folder]',
      `pathlight paths: --out "${path.join(file, 'x')}" is inside "${file}", which is not a ` +
        'folder: give a folder to write into, e.g. --out drafts [out_not_a_folder]',
    ]);
    expect(printed()).toBe('');
  });

  it('refuses an --out it cannot write a draft into, naming the file', async () => {
    const out = path.join(dir, 'drafts');
    const draft = path.join(out, 'draft.stock-picking-done-from-stock-in-picking.json');
    // A folder where the draft file would go cannot be written over.
    await mkdir(draft, { recursive: true });

    const files = [trace('receipt-18'), trace('receipt-17')];
    expect(await main(['paths', 'mine', ...files, '--out', out])).toBe(1);
    expect(printedError()).toBe(
      `pathlight paths: cannot write "${draft}" (EISDIR): give --out a folder you may write ` +
        'into [out_unwritable]',
    );
  });

  it('refuses a share that is not one', async () => {
    expect(await main(['paths', 'mine', '--min-share', '3', trace('receipt-18')])).toBe(2);
    expect(printedError()).toContain('--min-share must be a share between 0 and 1');
  });
});
