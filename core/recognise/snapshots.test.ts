import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';

import type { Screen } from '../screen/index.ts';
import { recognise } from './index.ts';

interface ManifestEntry {
  file: string;
  url: string;
  expected?: Screen;
}

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED = process.env.PATHLIGHT_SHARED ?? path.resolve(REPO_ROOT, '../shared');
const SNAPSHOTS = path.join(SHARED, 'odoo', 'snapshots');
const VERSIONS = ['17', '18'] as const;

// A missing folder must fail the run: a silently skipped suite would look green.
const cases = VERSIONS.flatMap((version) => {
  const manifestPath = path.join(SNAPSHOTS, version, 'manifest.json');
  if (!existsSync(manifestPath)) return [];
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    snapshots: ManifestEntry[];
  };
  return manifest.snapshots
    .filter((entry) => entry.expected)
    .map((entry) => ({ version, ...entry, expected: entry.expected as Screen }));
});

describe('recognise on real Odoo snapshots', () => {
  it('finds the snapshot manifests of 17 and 18', () => {
    for (const version of VERSIONS) {
      expect(existsSync(path.join(SNAPSHOTS, version, 'manifest.json')), SNAPSHOTS).toBe(true);
    }
  });

  it('reads every snapshot that has an expected screen (about 60)', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });

  it.each(cases)('$file ($version) → expected screen', ({ version, file, url, expected }) => {
    const html = readFileSync(path.join(SNAPSHOTS, version, file), 'utf8');
    const { document } = parseHTML(html);

    expect(recognise(url, document)).toStrictEqual(expected);
  });
});
