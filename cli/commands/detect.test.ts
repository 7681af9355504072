import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';

import { traceHeader, writeTrace, type TraceEvent } from '../../core/trace/index.ts';
import { main } from '../main.ts';

const HEADER = traceHeader('pathlight-extension/0.1.0', Date.UTC(2026, 11, 4));
const SESSION = '0b5f6c1e-2d3a-4f5b-8c7d-9e0f1a2b3c4d';
const T0 = Date.UTC(2026, 11, 3, 9);

let dir: string;
let log: MockInstance<typeof console.log>;
let error: MockInstance<typeof console.error>;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'pathlight-detect-'));
  log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
  error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

const lines = () => log.mock.calls.map((call) => JSON.parse(String(call[0])));
const printedError = () => error.mock.calls.map((call) => call.join(' ')).join('\n');

/** Three clicks 400 ms apart on the kanban switcher of the receipts list. */
function rageEvents(): TraceEvent[] {
  const screen = {
    version: 18,
    app: 'stock.menu_stock_root',
    model: 'stock.picking',
    viewType: 'list',
    state: null,
    dialog: null,
  };
  const target = {
    role: 'view_switcher' as const,
    name: 'kanban',
    buttonType: null,
    widget: null,
    menu: null,
    state: null,
    depth: null,
    label: null,
    inDialog: false,
    disabled: false,
    covered: false,
  };
  return [0, 1, 2].map((i) => ({
    seq: i + 1,
    session: SESSION,
    type: 'click',
    t: T0 + i * 400,
    screen,
    target,
  }));
}

async function file(name: string, text: string): Promise<string> {
  const where = path.join(dir, name);
  await writeFile(where, text);
  return where;
}

describe('pathlight detect', () => {
  it('prints one JSON signal per line with kind, time, screen, target and evidence', async () => {
    const trace = await file('rage.jsonl', writeTrace(HEADER, rageEvents()));

    expect(await main(['detect', trace])).toBe(0);
    expect(lines()).toEqual([
      {
        kind: 'rage_click',
        t: T0 + 800,
        screen: expect.objectContaining({ model: 'stock.picking', viewType: 'list' }),
        target: expect.objectContaining({ role: 'view_switcher', name: 'kanban' }),
        evidence: { session: SESSION, clicks: 3, spanMs: 800 },
      },
    ]);
  });

  it('applies a thresholds file, as managed policy would', async () => {
    const trace = await file('rage.jsonl', writeTrace(HEADER, rageEvents()));
    const thresholds = await file('thresholds.json', '{"rageClicks": 4}');

    expect(await main(['detect', trace, '--thresholds', thresholds])).toBe(0);
    expect(lines()).toEqual([]);
  });

  it('keeps stdout empty when there is no signal, and says so on stderr', async () => {
    const trace = await file('rage.jsonl', writeTrace(HEADER, rageEvents()));
    const thresholds = await file('thresholds.json', '{"rageClicks": 4}');

    expect(await main(['detect', trace, '--thresholds', thresholds])).toBe(0);
    expect(log).not.toHaveBeenCalled();
    expect(printedError()).toBe('no signals in 3 events');
  });

  it('suggests the threshold a misspelt key was meant to be', async () => {
    const trace = await file('rage.jsonl', writeTrace(HEADER, rageEvents()));
    const thresholds = await file('thresholds.json', '{"rageClick": 4}');

    expect(await main(['detect', trace, '--thresholds', thresholds])).toBe(1);
    expect(printedError()).toBe(
      `pathlight detect: ${thresholds}: "rageClick" is not a threshold: did you mean ` +
        '"rageClicks"? See docs/signals.md for each threshold [invalid_thresholds]',
    );
  });

  it('words an unknown option plainly and names the ones there are', async () => {
    const trace = await file('rage.jsonl', writeTrace(HEADER, rageEvents()));

    expect(await main(['detect', trace, '--bogus'])).toBe(2);
    expect(printedError()).toBe(
      'pathlight detect: unknown option "--bogus": the options are --thresholds, --baselines ' +
        'and --help; see "pathlight detect --help" [usage]',
    );
  });

  it('refuses an invalid threshold with a coded one-line error naming it', async () => {
    const trace = await file('rage.jsonl', writeTrace(HEADER, rageEvents()));
    const thresholds = await file('thresholds.json', '{"rageClicks": 1}');

    expect(await main(['detect', trace, '--thresholds', thresholds])).toBe(1);
    expect(printedError()).toMatch(
      /^pathlight detect: .*thresholds\.json: "rageClicks" .* \[invalid_thresholds\]$/,
    );
  });

  it('names a missing file and a missing argument with their codes', async () => {
    expect(await main(['detect', path.join(dir, 'none.jsonl')])).toBe(1);
    expect(await main(['detect'])).toBe(2);
    expect(printedError()).toContain('[file_not_found]');
    expect(printedError()).toContain('missing TRACE');
    expect(printedError()).toContain('[usage]');
  });

  it('keeps the good events of a trace with bad lines and exits 1', async () => {
    const text = writeTrace(HEADER, rageEvents()) + '{"type":"keystroke"}\n';
    const trace = await file('bad.jsonl', text);

    expect(await main(['detect', trace])).toBe(1);
    expect(lines().map((signal) => signal.kind)).toEqual(['rage_click']);
    expect(printedError()).toContain('1 bad line(s) left out');
  });

  it('takes pause baselines made by pathlight paths baselines from completed attempts', async () => {
    const corpus = path.resolve(import.meta.dirname, '../../e2e/paths-corpus/traces');
    const traces = ['receipt-18', 'receipt-17', 'receipt-loop-17', 'receipt-backorder-18'].map(
      (name) => path.join(corpus, `${name}.jsonl`),
    );
    expect(await main(['paths', 'baselines', ...traces])).toBe(0);
    const baselines = JSON.parse(String(log.mock.calls[0]![0]));
    expect(baselines).toContainEqual(
      expect.objectContaining({ step: 'stock.picking|form|assigned|-', n: expect.any(Number) }),
    );

    // A colleague norm of 20 s at the receipt form makes a 12 s wait there no pause.
    const form = { version: 18, app: 'stock.menu_stock_root', model: 'stock.picking' };
    const screen = { ...form, viewType: 'form', state: 'assigned', dialog: null };
    const waited = rageEvents()
      .slice(0, 1)
      .map((event) => ({ ...event, screen }));
    waited.push({ ...waited[0]!, seq: 2, t: T0 + 12_000 });
    const trace = await file('wait.jsonl', writeTrace(HEADER, waited));
    const norm = [{ step: 'stock.picking|form|assigned|-', n: 9, p50Ms: 4000, p90Ms: 20_000 }];
    const file20 = await file('baselines.json', JSON.stringify(norm));

    log.mockClear();
    expect(await main(['detect', trace])).toBe(0);
    expect(lines().map((signal) => signal.kind)).toContain('pause');
    log.mockClear();
    expect(await main(['detect', trace, '--baselines', file20])).toBe(0);
    expect(lines().map((signal) => signal.kind)).not.toContain('pause');
  });

  it('refuses a baselines file that is not a list of baselines, naming the field', async () => {
    const trace = await file('rage.jsonl', writeTrace(HEADER, rageEvents()));
    const bad = await file('baselines.json', '[{"step": "x", "n": 3, "p50Ms": 1}]');

    expect(await main(['detect', trace, '--baselines', bad])).toBe(1);
    expect(printedError()).toMatch(/baselines\.json: \[0\]\.p90Ms .*\[invalid_baselines\]$/);
  });
});
