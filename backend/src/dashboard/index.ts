export { dashboardRoutes } from './dashboard-routes.tsx';
export { internalErrorPage, notFoundPage } from './error-pages.tsx';
