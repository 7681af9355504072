import leven from 'leven';
import type { z } from 'zod';

import { goldenPathSchema, type GoldenPath } from './schema.ts';

/** Why a golden-path file was refused. */
export type PathErrorCode = 'invalid_json' | 'invalid_path' | 'duplicate_path';

/** One problem in one file: where it is, and what to write instead. */
export interface PathError {
  file: string;
  code: PathErrorCode;
  /** The field, as a partner finds it in the file: `steps[2].match.button`; empty for the file. */
  field: string;
  message: string;
}

export type PathFileResult =
  { ok: true; file: string; path: GoldenPath } | { ok: false; file: string; errors: PathError[] };

/** Reads one golden-path file's text. `file` names it in every error. */
export function parsePathFile(file: string, text: string): PathFileResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'not JSON';
    const where = jsonErrorPosition(text, reason);
    return {
      ok: false,
      file,
      errors: [
        {
          file,
          code: 'invalid_json',
          field: '',
          message: `is not valid JSON${where} (${reason}): check for a missing comma or quote, or a trailing comma`,
        },
      ],
    };
  }

  const parsed = goldenPathSchema.safeParse(raw, { error: typeMessage });
  if (parsed.success) return { ok: true, file, path: parsed.data };
  // A match whose only key is misspelt is also empty: the misspelling is the one to report.
  const misspelt = new Set(
    parsed.error.issues.filter((i) => i.code === 'unrecognized_keys').map((i) => fieldOf(i.path)),
  );
  const issues = parsed.error.issues.filter(
    (issue) => issue.code !== 'custom' || !misspelt.has(fieldOf(issue.path)),
  );
  return { ok: false, file, errors: issues.flatMap((issue) => toErrors(file, issue, raw)) };
}

/**
 * Checks a set of files together: each must be valid, and no two may define the same id and
 * version (a changed path gets a new version, so attempts of the old one stay comparable).
 * `valid` pairs each accepted path with its file, in the order given.
 */
export function validatePathFiles(files: readonly { file: string; text: string }[]): {
  paths: GoldenPath[];
  valid: { file: string; path: GoldenPath }[];
  errors: PathError[];
} {
  const valid: { file: string; path: GoldenPath }[] = [];
  const errors: PathError[] = [];
  const seen = new Map<string, string>();
  for (const { file, text } of files) {
    const result = parsePathFile(file, text);
    if (!result.ok) {
      errors.push(...result.errors);
      continue;
    }
    const key = `${result.path.id}@${result.path.version}`;
    const earlier = seen.get(key);
    if (earlier) {
      errors.push({
        file,
        code: 'duplicate_path',
        field: 'version',
        message: `${key} is also defined in ${earlier}: raise "version" here, or give the path its own "id"`,
      });
      continue;
    }
    seen.set(key, file);
    valid.push({ file, path: result.path });
  }
  return { paths: valid.map(({ path }) => path), valid, errors };
}

/** An error as one line: `paths/x.json: steps[2].match.button: must be ... [invalid_path]`. */
export function formatPathError(error: PathError): string {
  const field = error.field ? `${error.field}: ` : '';
  return `${error.file}: ${field}${error.message} [${error.code}]`;
}

function toErrors(file: string, issue: z.core.$ZodIssue, raw: unknown): PathError[] {
  const field = fieldOf(issue.path);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      file,
      code: 'invalid_path',
      field: field ? `${field}.${key}` : key,
      message: unknownKeyMessage(key, issue.path),
    }));
  }
  // Zod leaves the input out of its issues: whether the field is there is read from the file.
  const message =
    issue.code === 'invalid_type' && valueAt(raw, issue.path) === undefined
      ? `is missing: it ${issue.message}`
      : issue.message;
  return [{ file, code: 'invalid_path', field, message }];
}

/**
 * The words of a wrong type the schema gives no message of its own: what the value must be and
 * what it is ("must be a list, not a string"). Zod's default names its types for developers.
 */
function typeMessage(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code !== 'invalid_type') return undefined;
  const at = issue.path ?? [];
  const expected = at.length === 0 ? 'one golden path (a JSON object)' : nounOf(issue.expected);
  return issue.input === undefined
    ? `must be ${expected}`
    : `must be ${expected}, not ${kindOf(issue.input)}`;
}

/** Zod's type names, as a partner editing a file would say them. */
const TYPE_NOUNS: Record<string, string> = {
  object: 'a JSON object',
  array: 'a list',
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
};

function nounOf(type: string): string {
  return TYPE_NOUNS[type] ?? `a ${type}`;
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'a JSON object';
  if (typeof value === 'boolean') return String(value);
  return `a ${typeof value}`;
}

/** The value at a field of the parsed file, or undefined when the field is not there. */
function valueAt(raw: unknown, at: readonly PropertyKey[]): unknown {
  let value = raw;
  for (const part of at) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

const KEYS_AT: Record<string, readonly string[]> = {
  path: [
    'id',
    'version',
    'name',
    'module',
    'roles',
    'odooVersions',
    'description',
    'maxDurationMinutes',
    'success',
    'steps',
  ],
  step: ['id', 'name', 'help', 'optional', 'repeatable', 'match'],
  match: ['app', 'model', 'viewType', 'state', 'dialog', 'menu', 'button', 'field', 'event'],
  success: ['step'],
};

function unknownKeyMessage(key: string, at: readonly PropertyKey[]): string {
  const last = at[at.length - 1];
  const where =
    at.length === 0 ? 'path' : last === 'match' ? 'match' : last === 'success' ? 'success' : 'step';
  const known = KEYS_AT[where]!;
  const close = known.find((candidate) => leven(candidate.toLowerCase(), key.toLowerCase()) <= 2);
  const hint = close ? `did you mean "${close}"?` : `use one of ${known.join(', ')}`;
  return `is not a key of a ${where === 'path' ? 'golden path' : where}: ${hint}`;
}

function fieldOf(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

/** ` at line L, column C` from the position V8 reports, or nothing. */
function jsonErrorPosition(text: string, reason: string): string {
  const match = /position (\d+)/.exec(reason);
  if (!match) return '';
  const before = text.slice(0, Number(match[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return ` at line ${line}, column ${column}`;
}
