export { compareOperation } from './compare-operation.ts';
export { compareQuery, compareRoutes } from './compare-routes.ts';
