import { readFile } from 'node:fs/promises';

import { z } from 'zod';

import { summariseIssues, toIssues } from '../zod-issues.ts';
import type { OrganisationConfig, PartnerConfig } from './types.ts';

/** Shortest token accepted, so that a placeholder like "changeme" cannot slip into production. */
export const MIN_TOKEN_LENGTH = 12;

/** Largest `minGroupUsers`: beyond it no real team would ever show a figure. */
export const MAX_MIN_GROUP_USERS = 1_000;

/** Largest `hintWindowDays`: a year; older habits describe screens that have since changed. */
export const MAX_HINT_WINDOW_DAYS = 366;

export type OrganisationsFileResult =
  | { ok: true; organisations: OrganisationConfig[]; partners: PartnerConfig[] }
  | {
      ok: false;
      code: 'orgs_file_unreadable' | 'orgs_file_invalid_json' | 'orgs_file_invalid';
      message: string;
    };

const EXPECTED_SHAPE =
  'Expected { "organisations": [{ "id", "name", "ingestToken", "readToken", "settings"? }], ' +
  '"partners"?: [{ "id", "name", "readToken", "organisations": [ids] }] }; see ' +
  'backend/demo-organisations.json and backend/README.md.';

const token = z
  .string()
  .min(
    MIN_TOKEN_LENGTH,
    `must be at least ${MIN_TOKEN_LENGTH} characters; generate one with "openssl rand -hex 32"`,
  )
  .regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces');

const id = z
  .string()
  .max(64)
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'must be lower-case letters and digits joined by single hyphens, e.g. "northwind"',
  );

const name = z.string().trim().min(1, 'must not be empty').max(120);

const wholeNumber = (min: number, max: number) =>
  z
    .number({ error: `must be a whole number from ${min} to ${max}` })
    .int(`must be a whole number from ${min} to ${max}`)
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);

const settingsSchema = z.strictObject({
  minGroupUsers: wholeNumber(1, MAX_MIN_GROUP_USERS).optional(),
  hintWindowDays: wholeNumber(1, MAX_HINT_WINDOW_DAYS).optional(),
});

const organisationSchema = z.strictObject({
  id,
  name,
  ingestToken: token,
  readToken: token,
  settings: settingsSchema.optional(),
});

const partnerSchema = z.strictObject({
  id,
  name,
  readToken: token,
  organisations: z.array(z.string()).min(1, 'must list at least one organisation id'),
});

const organisationsFileSchema = z
  .strictObject({
    organisations: z.array(organisationSchema).min(1, 'must list at least one'),
    partners: z.array(partnerSchema).default([]),
  })
  .superRefine((file, ctx) => {
    const report = (path: PropertyKey[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });
    const orgIds = new Set<string>();
    const partnerIds = new Set<string>();
    const tokens = new Set<string>();

    // One token must grant exactly one right: a read token that also ingests, or two holders
    // sharing a token, would leak data across the boundary between organisations.
    const checkToken = (value: string, path: PropertyKey[]) => {
      if (tokens.has(value)) {
        report(path, 'repeats another token in this file; every token must be different');
      }
      tokens.add(value);
    };

    file.organisations.forEach((org, index) => {
      if (orgIds.has(org.id)) {
        report(
          ['organisations', index, 'id'],
          `"${org.id}" is used twice; give each organisation its own id`,
        );
      }
      orgIds.add(org.id);
      checkToken(org.ingestToken, ['organisations', index, 'ingestToken']);
      checkToken(org.readToken, ['organisations', index, 'readToken']);
    });

    file.partners.forEach((partner, index) => {
      if (partnerIds.has(partner.id)) {
        report(
          ['partners', index, 'id'],
          `"${partner.id}" is used twice; give each partner its own id`,
        );
      }
      partnerIds.add(partner.id);
      checkToken(partner.readToken, ['partners', index, 'readToken']);

      const listed = new Set<string>();
      partner.organisations.forEach((orgId, position) => {
        const path = ['partners', index, 'organisations', position];
        if (!orgIds.has(orgId)) {
          report(
            path,
            `"${orgId}" is not an organisation in this file; add it to "organisations" or ` +
              'remove it from this list',
          );
        } else if (listed.has(orgId)) {
          report(path, `"${orgId}" is listed twice; list each organisation once`);
        }
        listed.add(orgId);
      });
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
      message: `${fileName}: ${summariseIssues(toIssues(parsed.error))}. ${EXPECTED_SHAPE}`,
    };
  }
  return { ok: true, organisations: parsed.data.organisations, partners: parsed.data.partners };
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
