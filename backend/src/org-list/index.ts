export { orgListOperation } from './org-list-operation.ts';
export { orgListRoutes } from './org-list-routes.ts';
export { orgListSchema } from './org-list-schema.ts';
export type { OrgList } from './org-list-schema.ts';
