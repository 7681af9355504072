import type { WebWorker } from 'puppeteer-core';

/** The part of the extension API the dump calls inside the service worker. */
declare const chrome: {
  storage: Record<'local' | 'session' | 'sync', { get(keys: null): Promise<object> }>;
};

/** One stored item and where it was found, e.g. `IndexedDB pathlight/events`. */
export interface StoredItem {
  where: string;
  value: unknown;
}

/**
 * Everything the extension keeps in its own origin, read from its service worker: every object
 * store of every IndexedDB database (`indexedDB.databases()`), `chrome.storage` local, session
 * and sync, and the URLs in Cache Storage.
 */
export function dumpExtensionStorage(worker: WebWorker): Promise<StoredItem[]> {
  return worker.evaluate(async () => {
    const items: { where: string; value: unknown }[] = [];

    const request = <T>(req: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });

    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      // Opening without a version never upgrades: the store stays as the extension made it.
      const db = await request(indexedDB.open(name));
      for (const storeName of Array.from(db.objectStoreNames)) {
        const store = db.transaction(storeName).objectStore(storeName);
        const [keys, values] = await Promise.all([
          request(store.getAllKeys()),
          request(store.getAll()),
        ]);
        values.forEach((value, index) =>
          items.push({ where: `IndexedDB ${name}/${storeName} key ${String(keys[index])}`, value }),
        );
      }
      db.close();
    }

    for (const area of ['local', 'session', 'sync'] as const) {
      const all = await chrome.storage[area].get(null).catch(() => ({}));
      for (const [key, value] of Object.entries(all)) {
        items.push({ where: `chrome.storage.${area} ${key}`, value });
      }
    }

    for (const cacheName of await caches.keys()) {
      const cache = await caches.open(cacheName);
      const urls = (await cache.keys()).map((req) => req.url);
      items.push({ where: `Cache Storage ${cacheName}`, value: urls });
    }
    return items;
  });
}

/** How many records each object store named `store` holds, summed over the databases. */
export function countRecords(items: StoredItem[], store: string): number {
  return items.filter((item) => new RegExp(`^IndexedDB [^/]+/${store} key `).test(item.where))
    .length;
}
