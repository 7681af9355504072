export { exportCsv } from './export-csv.ts';
export { exportOperation } from './export-operation.ts';
export { exportRoutes } from './export-routes.ts';
