import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/** The saved Odoo pages: `../shared` beside the repository, or PATHLIGHT_SHARED. */
export const SHARED_DIR = process.env.PATHLIGHT_SHARED
  ? path.resolve(process.env.PATHLIGHT_SHARED)
  : path.resolve(import.meta.dirname, '../../../shared');

export const SNAPSHOTS_DIR = path.join(SHARED_DIR, 'odoo', 'snapshots');

export interface SnapshotEntry {
  file: string;
  url: string;
  expected?: {
    version: number | null;
    app: string | null;
    model: string | null;
    viewType: string | null;
    state: string | null;
    dialog: { kind: string; model: string | null } | null;
  };
}

/** Every manifest entry of one version folder, with the folder name. */
export function readManifest(version: string): SnapshotEntry[] {
  const manifest = JSON.parse(
    readFileSync(path.join(SNAPSHOTS_DIR, version, 'manifest.json'), 'utf8'),
  ) as { snapshots: SnapshotEntry[] };
  return manifest.snapshots;
}

export interface SnapshotServer {
  origin: string;
  /** Serves this snapshot for every page path until the next call. */
  mount(version: string, file: string): void;
  /** The snapshot's URL moved onto this server (same path, query and hash). */
  urlOf(entry: SnapshotEntry): string;
  close(): Promise<void>;
}

/**
 * Serves saved Odoo pages at their own paths on localhost, one at a time. The pages' scripts were
 * emptied when they were saved and their stylesheets are not here: only the DOM matters.
 */
export async function startSnapshotServer(): Promise<SnapshotServer> {
  let current: Buffer | null = null;
  const server: Server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const isPage = pathname === '/web' || pathname.startsWith('/odoo') || pathname === '/';
    if (!isPage || !current || request.method !== 'GET') {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(current);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    mount(version, file) {
      current = readFileSync(path.join(SNAPSHOTS_DIR, version, file));
    },
    urlOf(entry) {
      const url = new URL(entry.url);
      return `${origin}${url.pathname}${url.search}${url.hash}`;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
