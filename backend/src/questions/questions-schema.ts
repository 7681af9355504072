import { z } from 'zod';

import type { Answer, IsoWeek } from '../../../core/analysis/index.ts';
import { answerShape } from '../analysis-schemas/index.ts';

/** What `GET /v1/orgs/:org/questions` answers: the answer, and what it was asked. */
export interface QuestionAnswer extends Answer {
  question: string;
  /** The week "this week" meant. */
  week: IsoWeek;
}

export const questionAnswerSchema: z.ZodType<QuestionAnswer> = z.strictObject({
  question: z.string(),
  week: z.string().meta({ description: 'The ISO week "this week" meant.' }),
  ...answerShape,
});
