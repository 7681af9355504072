export { hintsOperation } from './hints-operation.ts';
export { HINT_PACK_MAX_AGE_S, hintsRoutes } from './hints-routes.ts';
export { loadHintPack } from './load-hint-pack.ts';
