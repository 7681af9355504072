export { attemptFilter, signalTrends } from './signal-trends.ts';
export { trendsOperation } from './trends-operation.ts';
export { DEFAULT_TREND_WEEKS, trendsRoutes } from './trends-routes.ts';
export type { TrendList } from './trends-schema.ts';
export type { TrendFilter, WeekSignals } from './types.ts';
