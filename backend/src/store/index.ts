export { DEFAULT_DATA_DIR, openStore } from './open-store.ts';
export { MIGRATIONS } from './migrations/index.ts';
export type { Migration, Queryable, Store, StoreOptions } from './types.ts';
