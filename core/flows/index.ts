export { flowOfScreen } from './assign.ts';
export { BUILT_IN_PATHS } from './library.ts';
export { LOOP_ENTRIES, MAX_SKIPPED_STEPS, matchAttempts } from './match.ts';
export type {
  Attempt,
  Deviation,
  DeviationKind,
  SessionEvent,
  StepEntry,
  StepTime,
} from './match.ts';
export { ALL_COHORT, baselineLookup, measureAttempts, stepBaselines } from './measure.ts';
export type { PathMeasure, Percentiles, StepBaseline, StepMeasure } from './measure.ts';
export { goldenPathSchema, pathStepSchema, STEP_EVENTS, stepMatchSchema } from './schema.ts';
export type { GoldenPath, PathStep, StepMatch } from './schema.ts';
export { formatPathError, parsePathFile, validatePathFiles } from './validate.ts';
export type { PathError, PathErrorCode, PathFileResult } from './validate.ts';
