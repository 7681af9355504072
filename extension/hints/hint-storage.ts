import { z } from 'zod';

import { hintPackSchema, type HintPack } from '../../core/hints/pack.ts';

/**
 * What hints keep in the extension's storage (`storage.local`, the background's alone): the
 * organisation's last good hint pack, and until when the user snoozed hints. Both are parsed
 * when read: a value that does not fit is treated as absent.
 */

/** Key of the cached organisation pack. */
export const HINT_PACK_KEY = 'hintPack';

/** Key of the last time a pack was asked for, whatever came of it, ms since the epoch. */
export const HINT_PACK_TRIED_KEY = 'hintPackTriedAt';

/** Key of the end of the user's snooze, ms since the epoch. */
export const HINT_SNOOZE_KEY = 'hintsSnoozedUntil';

/** How long the hint's snooze button silences hints. */
export const HINT_SNOOZE_MS = 24 * 3_600_000;

const cachedPackSchema = z.object({
  pack: hintPackSchema,
  /** When it was fetched, ms since the epoch. */
  fetchedAt: z.number().int().nonnegative(),
});

/** The organisation pack as cached, with when it was fetched. */
export type CachedPack = z.infer<typeof cachedPackSchema>;

/** The part of `storage.local` used here. */
export interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** Reads and writes what hints keep in the extension's storage. */
export interface HintStorage {
  /** The cached organisation pack, or null when none was fetched (or it no longer parses). */
  readPack(): Promise<CachedPack | null>;
  writePack(pack: HintPack, fetchedAt: number): Promise<void>;
  /** When a pack was last asked for, or null when never. */
  readPackTriedAt(): Promise<number | null>;
  writePackTriedAt(at: number): Promise<void>;
  /** The end of the snooze, or null when the user never snoozed. */
  readSnoozedUntil(): Promise<number | null>;
  snoozeUntil(until: number): Promise<void>;
}

/** Hint storage over `area`: `browser.storage.local` in the extension. */
export function createHintStorage(area: StorageArea): HintStorage {
  return {
    async readPack() {
      const parsed = cachedPackSchema.safeParse((await area.get(HINT_PACK_KEY))[HINT_PACK_KEY]);
      return parsed.success ? parsed.data : null;
    },
    async writePack(pack, fetchedAt) {
      await area.set({ [HINT_PACK_KEY]: { pack, fetchedAt } });
    },
    readPackTriedAt: () => readTime(area, HINT_PACK_TRIED_KEY),
    async writePackTriedAt(at) {
      await area.set({ [HINT_PACK_TRIED_KEY]: at });
    },
    readSnoozedUntil: () => readTime(area, HINT_SNOOZE_KEY),
    async snoozeUntil(until) {
      await area.set({ [HINT_SNOOZE_KEY]: until });
    },
  };
}

async function readTime(area: StorageArea, key: string): Promise<number | null> {
  const value = (await area.get(key))[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
