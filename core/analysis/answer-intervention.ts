import { VERDICT_WORDS } from './compare.ts';
import type { Dataset } from './dataset.ts';
import { duration, pValue } from './format.ts';
import { INTERVENTION_KINDS } from './inputs.ts';
import { outcomeIn } from './intervention-outcome.ts';
import { normalise } from './question-words.ts';
import type { Answer, InterventionKind, IsoWeek, MetricComparison } from './types.ts';
import { weekRange } from './weeks.ts';

/**
 * "Did the training work?": the latest intervention of the kind named (any kind when none is)
 * made by the week's end, before against after, figure by figure.
 */

const KIND_WORDS: Readonly<Record<InterventionKind, RegExp>> = {
  training: /\btrain(ing|ed)?\b|\bcoaching\b/,
  ticket: /\btickets?\b|\bfix(es)?\b|\bbug ?fix\b/,
  microcopy: /\bmicrocopy\b|\bwording\b|\breword(ing)?\b|\blabels?\b/,
  flow_change: /\bflow changes?\b|\bprocess changes?\b|\bnew flow\b/,
};

/** The outcome of the latest intervention of the kind the question names. */
export function answerIntervention(dataset: Dataset, week: IsoWeek, question: string): Answer {
  const words = normalise(question);
  const kinds = INTERVENTION_KINDS.filter((kind) => KIND_WORDS[kind].test(words));
  const { to } = weekRange(week);
  const latest = dataset.interventions
    .filter((i) => i.day <= to && (kinds.length === 0 || kinds.includes(i.kind)))
    .at(-1);
  if (!latest) {
    const what = kinds.length === 0 ? 'intervention' : kinds.join(' or ').replace('_', ' ');
    return {
      answered: false,
      intent: 'intervention_outcome',
      answer: `No ${what} has been recorded up to ${to}, so there is no before/after to show.`,
      figures: [],
      suggestions: [],
    };
  }

  const { comparison } = outcomeIn(dataset, latest, to);
  const others = comparison.metrics
    .filter((metric) => metric.metric !== comparison.primary)
    .map(describe)
    .join('; ');
  return {
    answered: true,
    intent: 'intervention_outcome',
    answer:
      `The ${latest.kind.replace('_', ' ')} of ${latest.day} (${latest.id}), ` +
      `${comparison.before.from}..${comparison.before.to} against ` +
      `${comparison.after.from}..${comparison.after.to}: ${comparison.summary} Also: ${others}.`,
    figures: comparison.metrics.map((metric) => ({ ...metric })),
    suggestions: [],
  };
}

function describe(metric: MetricComparison): string {
  const show = (value: number | null) =>
    value === null ? 'no data' : metric.unit === 'ms' ? duration(value) : `${value}%`;
  return (
    `${metric.metric.replaceAll('_', ' ')} ${show(metric.before)} → ${show(metric.after)} ` +
    `(${pValue(metric.pValue)}, ${VERDICT_WORDS[metric.verdict]})`
  );
}
