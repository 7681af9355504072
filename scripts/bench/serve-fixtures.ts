import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const FIXTURES_DIR = path.resolve(import.meta.dirname, '../../e2e/fixtures/bench');

/** Serves the fixtures at Odoo 18 URLs and answers the content script's session lookup. */
export async function serveFixtures(): Promise<{ url: string; close(): void }> {
  const pages: Record<string, string> = {
    '/odoo/sales': 'list.html',
    '/odoo/inventory': 'storm.html',
  };
  const httpServer: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (request.method === 'POST' && url.pathname === '/web/session/get_session_info') {
      response.setHeader('content-type', 'application/json');
      const result = { uid: 2, db: 'bench', server_version_info: [18, 0, 0, 'final', 0, ''] };
      response.end(JSON.stringify({ jsonrpc: '2.0', id: 1, result }));
      return;
    }
    const file = pages[url.pathname];
    if (!file) {
      response.statusCode = url.pathname === '/favicon.ico' ? 204 : 404;
      response.end();
      return;
    }
    void readFile(path.join(FIXTURES_DIR, file)).then((body) => {
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end(body);
    });
  });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => httpServer.close() };
}
