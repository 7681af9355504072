export { questionsOperation } from './questions-operation.ts';
export { questionsRoutes } from './questions-routes.ts';
export type { QuestionAnswer } from './questions-schema.ts';
