export { hintOutcomesOperation } from './hint-outcomes-operation.ts';
export { hintOutcomesRoutes } from './hint-outcomes-routes.ts';
export type { HintOutcomeList } from './hint-outcomes-schema.ts';
export { stepHintOutcomes } from './step-hint-outcomes.ts';
export type { StepHintOutcomes } from './types.ts';
