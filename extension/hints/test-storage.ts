import type { StorageArea } from './hint-storage.ts';

/** A storage area in memory, for unit tests: what `browser.storage.local` keeps, as a map. */
export function memoryArea(items: Record<string, unknown> = {}): StorageArea & {
  items: Record<string, unknown>;
} {
  return {
    items,
    async get(key) {
      return key in items ? { [key]: structuredClone(items[key]) } : {};
    },
    async set(values) {
      Object.assign(items, structuredClone(values));
    },
  };
}
