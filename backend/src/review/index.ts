export { reviewOperation } from './review-operation.ts';
export { reviewRoutes } from './review-routes.ts';
