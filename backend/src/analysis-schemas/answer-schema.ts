import { z } from 'zod';

import type { Answer, QuestionIntent } from '../../../core/analysis/index.ts';

/** An answer to a question in plain words: `Answer` of `core/analysis`. */

const INTENTS = [
  'module_spike',
  'cause_of_flow',
  'blocked_power_users',
  'fix_first',
  'intervention_outcome',
] as const satisfies readonly QuestionIntent[];

/** The fields of an answer, for schemas that answer more around it. */
export const answerShape = {
  answered: z.boolean().meta({ description: 'False when the question was not understood.' }),
  intent: z.enum(INTENTS).nullable(),
  answer: z.string(),
  figures: z
    .array(z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])))
    .meta({ description: 'The figures behind the answer, one object per row.' }),
  suggestions: z.array(z.string()).meta({ description: 'Questions that can be answered.' }),
};

export const answerSchema: z.ZodType<Answer> = z.strictObject(answerShape);
