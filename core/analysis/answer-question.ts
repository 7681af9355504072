import { answerCause } from './answer-cause.ts';
import { answerFixFirst } from './answer-fix-first.ts';
import { answerIntervention } from './answer-intervention.ts';
import { answerModuleSpike } from './answer-module-spike.ts';
import { answerPowerUsers } from './answer-power-users.ts';
import { datasetOf } from './dataset.ts';
import { normalise, pathsNamed } from './question-words.ts';
import type { Answer, QuestionContext, QuestionIntent } from './types.ts';
import { isIsoWeek, isoWeekOf } from './weeks.ts';

/**
 * Questions in plain words, answered from the same analysis as the review. Intents are told
 * apart by a few patterns each, tried in order; a question none matches, or one that names no
 * flow where a flow is needed, is refused with questions that can be answered.
 */

/** Questions `answerQuestion` can answer, as a partner would ask them. */
export const QUESTION_EXAMPLES: readonly string[] = [
  'Which module spiked this week?',
  'Bug or knowledge gap on receipts?',
  'Which power users are blocked?',
  'What should we fix first?',
  'Did the training work?',
];

/** Each intent and the phrasings that ask for it, in the order they are tried. */
const INTENTS: readonly (readonly [QuestionIntent, readonly RegExp[]])[] = [
  [
    'fix_first',
    [
      /fix first|first to fix|priorit|most important/,
      /(biggest|top) (problem|issue)/,
      /what should we (fix|do|work on)/,
    ],
  ],
  [
    'intervention_outcome',
    [
      /\b(did|does|has|have)\b.*\b(work|worked|help|helped|improve|improved)\b/,
      /\b(effect|impact) of\b/,
    ],
  ],
  [
    'blocked_power_users',
    [/\b(power|super|key|best) users?\b/, /\b(who|which users?)\b.*\b(blocked|stuck)\b/],
  ],
  ['module_spike', [/\bspik|\bjump|\bsurg/, /\b(rose|risen|rise|went up|got worse)\b/]],
  [
    'cause_of_flow',
    [/\bbugs?\b|\bknowledge\b|\bcause\b|\bwhy\b/, /\bwhat'?s wrong\b|\bux\b|\bprocess\b/],
  ],
];

/** The answer to `text` about the organisation in `context`, with the figures behind it. */
export function answerQuestion(text: string, context: QuestionContext): Answer {
  const dataset = datasetOf(context.input);
  const words = normalise(text);
  const intent =
    INTENTS.find(([, patterns]) => patterns.some((pattern) => pattern.test(words)))?.[0] ?? null;
  if (intent === null) {
    return refuse(`I cannot answer "${text.trim()}" from the usage data yet.`);
  }
  if (dataset.lastDay === null) return refuse('There is no usage data for this organisation yet.');
  if (context.week !== undefined && !isIsoWeek(context.week)) {
    return refuse(`"${context.week}" is not a week such as 2026-W49.`);
  }
  const week = context.week ?? isoWeekOf(dataset.lastDay);

  switch (intent) {
    case 'module_spike':
      return answerModuleSpike(dataset, week);
    case 'fix_first':
      return answerFixFirst(dataset, week);
    case 'blocked_power_users':
      return answerPowerUsers(dataset, week);
    case 'intervention_outcome':
      return withSuggestions(answerIntervention(dataset, week, text));
    case 'cause_of_flow': {
      const paths = pathsNamed(text, dataset);
      if (paths.length === 0) {
        return refuse(
          'Which flow? Name one, such as receipts, deliveries, putaway, bills or invoices.',
        );
      }
      return answerCause(dataset, week, text, paths);
    }
  }
}

function refuse(answer: string): Answer {
  return {
    answered: false,
    intent: null,
    answer,
    figures: [],
    suggestions: [...QUESTION_EXAMPLES],
  };
}

function withSuggestions(answer: Answer): Answer {
  return answer.answered ? answer : { ...answer, suggestions: [...QUESTION_EXAMPLES] };
}
