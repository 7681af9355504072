import type { Dataset, PathInfo, PreparedAttempt } from './dataset.ts';
import type { DayRange } from './types.ts';

/** What the cause rules look at: one step of one path in one week, in every cohort. */
export interface CauseContext {
  dataset: Dataset;
  range: DayRange;
  path: PathInfo;
  step: string;
  /** The week's attempts of the path that reached the step, every cohort. */
  attempts: readonly PreparedAttempt[];
}
