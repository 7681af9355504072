import { readFile } from 'node:fs/promises';

import { z } from 'zod';

import { summariseIssues, toIssues } from '../zod-issues.ts';
import type { OrganisationConfig } from './types.ts';

/** Shortest token accepted, so that a placeholder like "changeme" cannot slip into production. */
export const MIN_TOKEN_LENGTH = 12;

export type OrganisationsFileResult =
  | { ok: true; organisations: OrganisationConfig[] }
  | {
      ok: false;
      code: 'orgs_file_unreadable' | 'orgs_file_invalid_json' | 'orgs_file_invalid';
      message: string;
    };

const token = z
  .string()
  .min(
    MIN_TOKEN_LENGTH,
    `must be at least ${MIN_TOKEN_LENGTH} characters; generate one with "openssl rand -hex 32"`,
  )
  .regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces');

const organisationSchema = z
  .object({
    id: z
      .string()
      .max(64)
      .regex(
        /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
        'must be lower-case letters and digits joined by single hyphens, e.g. "northwind"',
      ),
    name: z.string().trim().min(1, 'must not be empty').max(120),
    ingestToken: token,
    readToken: token,
  })
  .strict();

const organisationsFileSchema = z
  .object({ organisations: z.array(organisationSchema).min(1, 'must list at least one') })
  .strict()
  .superRefine((file, ctx) => {
    const ids = new Set<string>();
    const tokens = new Set<string>();
    file.organisations.forEach((org, index) => {
      if (ids.has(org.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['organisations', index, 'id'],
          message: `"${org.id}" is used twice; give each organisation its own id`,
        });
      }
      ids.add(org.id);

      // One token must grant exactly one right in one organisation: a read token that also
      // ingests, or two organisations sharing a token, would leak data across the boundary.
      for (const field of ['ingestToken', 'readToken'] as const) {
        if (tokens.has(org[field])) {
          ctx.addIssue({
            code: 'custom',
            path: ['organisations', index, field],
            message: 'repeats another token in this file; every token must be different',
          });
        }
        tokens.add(org[field]);
      }
    });
  });

/** Parses the text of an organisations file; `fileName` only appears in messages. */
export function parseOrganisationsFile(text: string, fileName: string): OrganisationsFileResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      code: 'orgs_file_invalid_json',
      message: `${fileName} is not valid JSON (${(error as Error).message}). Fix the syntax.`,
    };
  }

  const parsed = organisationsFileSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      code: 'orgs_file_invalid',
      message:
        `${fileName}: ${summariseIssues(toIssues(parsed.error))}. Expected ` +
        '{ "organisations": [{ "id", "name", "ingestToken", "readToken" }] }; ' +
        'see backend/demo-organisations.json.',
    };
  }
  return { ok: true, organisations: parsed.data.organisations };
}

/** Reads and parses the organisations file at `path`. */
export async function loadOrganisationsFile(path: string): Promise<OrganisationsFileResult> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return {
      ok: false,
      code: 'orgs_file_unreadable',
      message:
        `Cannot read the organisations file ${path} (${(error as NodeJS.ErrnoException).code}). ` +
        'Set PATHLIGHT_ORGS_FILE to an existing file, e.g. backend/demo-organisations.json.',
    };
  }
  return parseOrganisationsFile(text, path);
}
