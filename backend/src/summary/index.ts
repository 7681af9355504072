export { flowName, OUTSIDE_FLOWS_LABEL } from './flow-name.ts';
export { loadSummary } from './load-summary.ts';
export { summaryOperation } from './summary-operation.ts';
export { summaryRoutes } from './summary-routes.ts';
export { orgSummarySchema } from './summary-schema.ts';
export type { Counts, FlowSummary, OrgSummary, ScreenSummary } from './types.ts';
