import type { z } from 'zod';

/** One problem in a parsed value, as callers see it in `ApiError.issues` and in messages. */
export interface Issue {
  /** Where the problem is, e.g. `rows[3].day`; empty for the value as a whole. */
  path: string;
  message: string;
}

/**
 * Flattens zod's issues into `{ path, message }` pairs with readable paths. An unknown key
 * becomes one issue at its own path (`rows[0].login`), so the sender sees which key to remove.
 */
export function toIssues(error: z.ZodError): Issue[] {
  return error.issues.flatMap((issue) => {
    if (issue.code !== 'unrecognized_keys') {
      return [{ path: formatIssuePath(issue.path), message: issue.message }];
    }
    return issue.keys.map((key) => ({
      path: formatIssuePath([...issue.path, key]),
      message: `is not a known field; remove "${key}" or correct its spelling`,
    }));
  });
}

/** `['rows', 3, 'day']` → `rows[3].day`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text ? `${text}.${String(key)}` : String(key);
  }, '');
}

/** `rows[3].day: must be a day as YYYY-MM-DD (and 2 more problems)`, for one-line messages. */
export function summariseIssues(issues: readonly Issue[]): string {
  const [first] = issues;
  if (!first) return 'no details';
  const where = first.path ? `${first.path}: ` : '';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return `${where}${first.message}${more}`;
}
