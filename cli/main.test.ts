import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';

import { main } from './main.ts';

let error: MockInstance<typeof console.error>;

beforeEach(() => {
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
  error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
});

const firstErrorLine = () => String(error.mock.calls[0]?.[0]).split('\n')[0];

describe('pathlight', () => {
  it('suggests "recognise" for the US spelling, and exits 2', async () => {
    expect(await main(['recognize', 'page.html'])).toBe(2);
    expect(firstErrorLine()).toBe(
      'pathlight: unknown command "recognize": did you mean "recognise"? [unknown_command]',
    );
  });

  it('lists the commands when nothing is close, and never runs an inherited name', async () => {
    expect(await main(['frobnicate'])).toBe(2);
    expect(await main(['toString'])).toBe(2);

    expect(error.mock.calls.map((call) => String(call[0]).split('\n')[0])).toEqual([
      'pathlight: unknown command "frobnicate" [unknown_command]',
      'pathlight: unknown command "toString" [unknown_command]',
    ]);
    expect(String(error.mock.calls[0]?.[0])).toContain('Commands:\n  detect\n  recognise');
  });
});

describe('pathlight as a process', () => {
  it('stops quietly when the reader of its output closes the pipe, as `| head` does', async () => {
    const root = path.resolve(import.meta.dirname, '..');
    const child = spawn(process.execPath, [
      path.join(root, 'cli/bin.mjs'),
      'paths',
      'validate',
      path.join(root, 'paths'),
    ]);
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));

    const [code] = await once(child, 'close');

    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 30_000);
});
