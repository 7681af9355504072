import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { DEMO_ORGANISATIONS_FILE } from '../start.ts';
import { loadOrganisationsFile, parseOrganisationsFile } from './organisations-file.ts';

const FILE = 'orgs.json';

const valid = {
  id: 'northwind',
  name: 'Northwind',
  ingestToken: 'northwind-ingest-0001',
  readToken: 'northwind-read-0001',
};

function parse(json: unknown) {
  return parseOrganisationsFile(JSON.stringify(json), FILE);
}

describe('parseOrganisationsFile', () => {
  it('reads the shipped demo file: two organisations, each with its own partner', async () => {
    const result = await loadOrganisationsFile(DEMO_ORGANISATIONS_FILE);

    expect(result).toEqual({
      ok: true,
      organisations: [
        {
          id: 'demo',
          name: 'Northwind Furniture (demo)',
          ingestToken: 'demo-ingest-token',
          readToken: 'demo-read-token',
          settings: { minGroupUsers: 3, hintWindowDays: 365 },
        },
        {
          id: 'acme',
          name: 'Acme Tools (demo)',
          ingestToken: 'acme-ingest-token',
          readToken: 'acme-read-token',
          settings: { minGroupUsers: 3, hintWindowDays: 28 },
        },
      ],
      partners: [
        {
          id: 'demo-partner',
          name: 'Demo Partner',
          readToken: 'demo-partner-token',
          organisations: ['demo'],
        },
        {
          id: 'other-partner',
          name: 'Other Partner',
          readToken: 'other-partner-token',
          organisations: ['acme'],
        },
      ],
    });
  });

  it('names the file and the field of a missing token, and how to make one', () => {
    const result = parse({ organisations: [{ ...valid, readToken: undefined }] });

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe('orgs_file_invalid');
    expect(result.message).toMatch(/^orgs\.json: organisations\[0\]\.readToken: /);
    expect(result.message).toContain('demo-organisations.json');
  });

  it('refuses a short token and says how to generate a good one', () => {
    const result = parse({ organisations: [{ ...valid, ingestToken: 'changeme' }] });

    expect(result).toMatchObject({ ok: false, code: 'orgs_file_invalid' });
    expect(!result.ok && result.message).toContain(
      'organisations[0].ingestToken: must be at least 12 characters; generate one with',
    );
  });

  it('refuses an id that would not fit in a URL path', () => {
    const result = parse({ organisations: [{ ...valid, id: 'North Wind' }] });

    expect(!result.ok && result.message).toContain('organisations[0].id: must be lower-case');
  });

  it('refuses a token used twice, even across organisations and kinds', () => {
    const result = parse({
      organisations: [
        valid,
        {
          ...valid,
          id: 'contoso',
          ingestToken: 'contoso-ingest-0001',
          readToken: valid.ingestToken,
        },
      ],
    });

    expect(!result.ok && result.message).toContain(
      'organisations[1].readToken: repeats another token in this file',
    );
  });

  it('refuses an id used twice', () => {
    const result = parse({
      organisations: [
        valid,
        { ...valid, ingestToken: 'other-ingest-0001', readToken: 'other-read-0001' },
      ],
    });

    expect(!result.ok && result.message).toContain(
      'organisations[1].id: "northwind" is used twice',
    );
  });

  it('refuses an unknown key, which is usually a misspelt one', () => {
    const result = parse({ organisations: [{ ...valid, readtoken: 'x' }] });

    expect(!result.ok && result.message).toContain('readtoken');
  });

  it('refuses a file without organisations', () => {
    expect(parse({ organisations: [] })).toMatchObject({
      ok: false,
      message: expect.stringContaining('organisations: must list at least one'),
    });
  });

  it('reports broken JSON with its own code', () => {
    const result = parseOrganisationsFile('{ "organisations": [', FILE);

    expect(result).toMatchObject({ ok: false, code: 'orgs_file_invalid_json' });
    expect(!result.ok && result.message).toMatch(/^orgs\.json is not valid JSON/);
  });

  it('reports a missing file with its path and the setting to change', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pathlight-orgs-'));
    const missing = join(dir, 'nope.json');

    const result = await loadOrganisationsFile(missing);

    expect(result).toMatchObject({ ok: false, code: 'orgs_file_unreadable' });
    expect(!result.ok && result.message).toContain(`${missing} (ENOENT)`);
    expect(!result.ok && result.message).toContain('PATHLIGHT_ORGS_FILE');
  });

  it('loads a valid file from disk', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pathlight-orgs-'));
    const path = join(dir, 'orgs.json');
    await writeFile(path, JSON.stringify({ organisations: [valid] }));

    expect(await loadOrganisationsFile(path)).toEqual({
      ok: true,
      organisations: [valid],
      partners: [],
    });
  });
});

const partner = {
  id: 'north-partner',
  name: 'North Partner',
  readToken: 'north-partner-read-0001',
  organisations: ['northwind'],
};

describe('parseOrganisationsFile: settings and partners', () => {
  it('reads settings and partners as written', () => {
    const settings = { minGroupUsers: 5, hintWindowDays: 14 };

    expect(parse({ organisations: [{ ...valid, settings }], partners: [partner] })).toEqual({
      ok: true,
      organisations: [{ ...valid, settings }],
      partners: [partner],
    });
  });

  it('names a setting that is not a whole number in range, with the range', () => {
    const result = parse({ organisations: [{ ...valid, settings: { minGroupUsers: 0 } }] });

    expect(result).toMatchObject({ ok: false, code: 'orgs_file_invalid' });
    expect(!result.ok && result.message).toContain(
      'organisations[0].settings.minGroupUsers: must be at least 1',
    );
  });

  it('refuses a misspelt setting', () => {
    const result = parse({ organisations: [{ ...valid, settings: { minUsers: 3 } }] });

    expect(!result.ok && result.message).toContain('organisations[0].settings.minUsers');
  });

  it('names a partner that lists an unknown organisation, and the fix', () => {
    const result = parse({
      organisations: [valid],
      partners: [{ ...partner, organisations: ['northwind', 'acme'] }],
    });

    expect(result).toMatchObject({ ok: false, code: 'orgs_file_invalid' });
    expect(!result.ok && result.message).toContain(
      'partners[0].organisations[1]: "acme" is not an organisation in this file; add it to ' +
        '"organisations" or remove it from this list',
    );
  });

  it("refuses a partner token that repeats an organisation's token", () => {
    const result = parse({
      organisations: [valid],
      partners: [{ ...partner, readToken: valid.readToken }],
    });

    expect(!result.ok && result.message).toContain(
      'partners[0].readToken: repeats another token in this file',
    );
  });

  it('refuses a partner id used twice and a partner without organisations', () => {
    const twice = parse({
      organisations: [valid],
      partners: [partner, { ...partner, readToken: 'other-partner-read-0001' }],
    });
    const empty = parse({ organisations: [valid], partners: [{ ...partner, organisations: [] }] });

    expect(!twice.ok && twice.message).toContain('partners[1].id: "north-partner" is used twice');
    expect(!empty.ok && empty.message).toContain(
      'partners[0].organisations: must list at least one organisation id',
    );
  });
});
