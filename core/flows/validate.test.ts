import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { BUILT_IN_PATHS } from './library.ts';
import { formatPathError, parsePathFile, validatePathFiles } from './validate.ts';

const PATHS_DIR = path.resolve(import.meta.dirname, '../../paths');

const VALID = {
  id: 'inventory.receipt',
  version: 3,
  name: 'Receive goods',
  module: 'stock',
  roles: ['warehouse'],
  odooVersions: [17, 18],
  steps: [
    { id: 'form', name: 'Open the receipt', help: 'Open it.', match: { model: 'stock.picking' } },
    {
      id: 'validate',
      name: 'Validate',
      help: 'Click Validate.',
      match: { button: 'button_validate' },
    },
  ],
};

function errorsOf(value: unknown): string[] {
  const result = parsePathFile('paths/x.json', JSON.stringify(value));
  return result.ok ? [] : result.errors.map(formatPathError);
}

describe('golden-path files', () => {
  it('validates every file of the built-in library, one path per file, ids unique', () => {
    const files = readdirSync(PATHS_DIR)
      .filter((name) => name.endsWith('.json'))
      .map((name) => ({ file: name, text: readFileSync(path.join(PATHS_DIR, name), 'utf8') }));

    const { paths, errors } = validatePathFiles(files);

    expect(errors).toEqual([]);
    expect(paths.map((p) => p.id).sort()).toEqual(BUILT_IN_PATHS.map((p) => p.id).sort());
    expect(new Set(paths.map((p) => p.id)).size).toBe(9);
  });

  it('accepts the example path of the README', () => {
    const readme = readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');
    const example = /### Writing a path\n\n```json\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';

    const result = parsePathFile('README.md', example);

    expect(result.ok ? result.path.steps.map((step) => step.id) : result.errors).toEqual([
      'receipt-form',
      'validate',
      'done',
    ]);
  });

  it('fills in the defaults a partner may leave out', () => {
    const result = parsePathFile('x.json', JSON.stringify(VALID));

    expect(result.ok && result.path).toMatchObject({
      maxDurationMinutes: 60,
      steps: [{ optional: false, repeatable: false }, { optional: false }],
    });
  });

  it('names the file, the field and the fix for a misspelt key', () => {
    const steps = [VALID.steps[0], { ...VALID.steps[1], match: { buton: 'button_validate' } }];

    expect(errorsOf({ ...VALID, steps })).toEqual([
      'paths/x.json: steps[1].match.buton: is not a key of a match: did you mean "button"? [invalid_path]',
    ]);
  });

  it('says what a missing or mistyped field must be', () => {
    const noVersion = { ...VALID, version: undefined };
    const steps = [VALID.steps[0], { ...VALID.steps[1], match: { button: 'Validate it!' } }];

    expect(errorsOf(noVersion)).toEqual([
      'paths/x.json: version: is missing: it must be a whole number, 1 or more [invalid_path]',
    ]);
    expect(errorsOf({ ...VALID, steps })).toEqual([
      expect.stringMatching(
        /^paths\/x\.json: steps\[1\]\.match\.button: must be a technical name such as "button_validate"/,
      ),
    ]);
  });

  it.each([
    [[], 'a list'],
    ['receipt', 'a string'],
    [null, 'null'],
    [3, 'a number'],
    [true, 'true'],
  ])('says a file holding %j must be one golden path, not %s', (value, kind) => {
    expect(errorsOf(value)).toEqual([
      `paths/x.json: must be one golden path (a JSON object), not ${kind} [invalid_path]`,
    ]);
  });

  it('says what a field of the wrong type must be, without calling it missing', () => {
    const steps = [5, { ...VALID.steps[1], match: ['button_validate'] }];

    expect(errorsOf({ ...VALID, version: 'two', roles: 'warehouse', steps })).toEqual([
      'paths/x.json: version: must be a whole number, 1 or more [invalid_path]',
      'paths/x.json: roles: must be a list of roles, such as ["warehouse"] [invalid_path]',
      'paths/x.json: steps[0]: must be a JSON object, not a number [invalid_path]',
      'paths/x.json: steps[1].match: must be a JSON object, not a list [invalid_path]',
    ]);
  });

  it('refuses a success step that is not a step, twice the same step id, and only optional steps', () => {
    const twice = [VALID.steps[0], { ...VALID.steps[1], id: 'form' }];
    const optional = VALID.steps.map((step) => ({ ...step, optional: true }));

    expect(errorsOf({ ...VALID, success: { step: 'paid' } })).toEqual([
      'paths/x.json: success.step: "paid" is not a step of this path: use one of form, validate [invalid_path]',
    ]);
    expect(errorsOf({ ...VALID, steps: twice })).toEqual([
      'paths/x.json: steps[1].id: "form" is used by an earlier step: give each step its own id [invalid_path]',
    ]);
    expect(errorsOf({ ...VALID, steps: optional })).toEqual([
      'paths/x.json: steps: every step is optional: make at least one step required [invalid_path]',
    ]);
  });

  it('points at the line and column of broken JSON', () => {
    const result = parsePathFile('paths/x.json', '{\n  "id": "a",\n  "version": 1,,\n}');

    expect(result.ok ? [] : result.errors.map(formatPathError)).toEqual([
      expect.stringMatching(
        /^paths\/x\.json: is not valid JSON at line 3, column 16 .*\[invalid_json\]$/,
      ),
    ]);
  });

  it('refuses two files with the same id and version, naming both', () => {
    const text = JSON.stringify(VALID);

    const { paths, valid, errors } = validatePathFiles([
      { file: 'a.json', text },
      { file: 'b.json', text },
    ]);

    expect(paths).toHaveLength(1);
    expect(valid.map(({ file, path }) => `${file}: ${path.id}@${path.version}`)).toEqual([
      'a.json: inventory.receipt@3',
    ]);
    expect(errors.map(formatPathError)).toEqual([
      'b.json: version: inventory.receipt@3 is also defined in a.json: raise "version" here, or give the path its own "id" [duplicate_path]',
    ]);
  });
});
