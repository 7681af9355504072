import { describe, expect, it, vi } from 'vitest';

import { buildHintPack } from '../../core/hints/build-pack.ts';
import { attemptRow, pseudonym } from '../../core/testing/attempt-rows.ts';
import { createHintStorage } from './hint-storage.ts';
import {
  HINT_PACK_MAX_AGE_MS,
  HINT_PACK_RETRY_MS,
  packIsStale,
  refreshHintPack,
} from './refresh-hint-pack.ts';
import { memoryArea } from './test-storage.ts';

const NOW = Date.UTC(2026, 11, 4, 9);
const CONFIG = {
  backendUrl: 'https://pathlight.example.com',
  ingestToken: 'org-token-123',
  hints: true,
};
const PACK = buildHintPack(
  [1, 2, 3].map((n) => attemptRow({ user: pseudonym(n) })),
  { minUsers: 3, now: NOW },
);

function answering(status: number, body: unknown) {
  return vi.fn(
    async (_url: URL | RequestInfo, _init?: RequestInit) =>
      new Response(typeof body === 'string' ? body : JSON.stringify(body), { status }),
  );
}

describe('refreshHintPack', () => {
  it('asks GET /v1/hints with the ingest token and caches a valid pack', async () => {
    const area = memoryArea();
    const storage = createHintStorage(area);
    const fetch = answering(200, PACK);

    const report = await refreshHintPack(CONFIG, storage, NOW, { fetch });

    expect(report).toEqual({ status: 'updated', paths: 1, incidents: 0 });
    const [url, init] = fetch.mock.calls[0]!;
    expect(String(url)).toBe('https://pathlight.example.com/v1/hints');
    expect(new Headers(init?.headers).get('authorization')).toBe('Bearer org-token-123');
    expect(await storage.readPack()).toEqual({ pack: PACK, fetchedAt: NOW });
  });

  it('keeps the cached pack and reports a code when the answer is not a valid pack', async () => {
    const storage = createHintStorage(memoryArea());
    await storage.writePack(PACK, NOW - 1000);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);

    const report = await refreshHintPack(CONFIG, storage, NOW, {
      fetch: answering(200, { ...PACK, format: 'something-else' }),
    });

    expect(report).toMatchObject({ status: 'failed', code: 'hint_pack_invalid' });
    expect(report.status === 'failed' && report.message).toContain('at format');
    expect(await storage.readPack()).toEqual({ pack: PACK, fetchedAt: NOW - 1000 });
    expect(warn).toHaveBeenCalledWith(
      '[pathlight]',
      expect.stringContaining('[hint_pack_invalid]'),
    );
    warn.mockRestore();
  });

  it.each([
    ['a refusal', answering(401, { error: { code: 'invalid_token' } }), 'hint_pack_refused'],
    ['a page that is not JSON', answering(200, '<html>'), 'hint_pack_not_json'],
    [
      'no answer',
      vi.fn(async () => {
        throw new TypeError('fetch failed');
      }),
      'hint_pack_unreachable',
    ],
  ])('reports %s with its code and keeps the cache', async (_what, fetch, code) => {
    const storage = createHintStorage(memoryArea());
    await storage.writePack(PACK, NOW - 1000);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);

    const report = await refreshHintPack(CONFIG, storage, NOW, { fetch });

    expect(report).toMatchObject({ status: 'failed', code });
    expect((await storage.readPack())?.fetchedAt).toBe(NOW - 1000);
    vi.restoreAllMocks();
  });

  it('asks nothing without a backend, or with hints off', async () => {
    const fetch = answering(200, PACK);
    const storage = createHintStorage(memoryArea());

    expect(await refreshHintPack({ hints: true }, storage, NOW, { fetch })).toEqual({
      status: 'not_configured',
    });
    expect(await refreshHintPack({ ...CONFIG, hints: false }, storage, NOW, { fetch })).toEqual({
      status: 'off',
    });
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('packIsStale', () => {
  it('is due without a pack, after a day, and not again within an hour of a failed try', async () => {
    const storage = createHintStorage(memoryArea());
    expect(await packIsStale(storage, NOW)).toBe(true);

    await storage.writePack(PACK, NOW);
    expect(await packIsStale(storage, NOW + HINT_PACK_MAX_AGE_MS - 1)).toBe(false);

    await storage.writePackTriedAt(NOW + HINT_PACK_MAX_AGE_MS);
    expect(await packIsStale(storage, NOW + HINT_PACK_MAX_AGE_MS + 1000)).toBe(false);
    expect(await packIsStale(storage, NOW + HINT_PACK_MAX_AGE_MS + HINT_PACK_RETRY_MS)).toBe(true);
  });
});
