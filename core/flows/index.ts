export { flowOfScreen } from './assign.ts';
export { BUILT_IN_PATHS } from './library.ts';
export { goldenPathSchema, stepMatchSchema } from './schema.ts';
export type { GoldenPath, StepMatch } from './schema.ts';
