import { bugEvidence } from './bug-evidence.ts';
import type { CauseContext } from './cause-context.ts';
import { knowledgeEvidence } from './knowledge-evidence.ts';
import { pct } from './format.ts';
import { measureAttempts } from './step-measure.ts';
import type { Cause, Day, Evidence } from './types.ts';
import { uxEvidence } from './ux-evidence.ts';

/**
 * The likely cause of a step's trouble, tried in the order of DESIGN.md: a bug when anything
 * points at the system (a broken step hurts learners and experts alike, so it is ruled out
 * first); a knowledge gap when the trouble sits with new or a few users while their peers get
 * through; otherwise UX/process, the step or the process around it being hard for everyone.
 */

export interface CauseFinding {
  cause: Cause;
  /** The cause's own evidence first, then what else was seen. */
  evidence: Evidence[];
  /** The day failing started, for a bug that started on one. */
  firstDay: Day | null;
}

/** The likely cause at the context's step, with its evidence. */
export function findCause(context: CauseContext): CauseFinding {
  const bug = bugEvidence(context);
  const knowledge = knowledgeEvidence(context);
  const ux = uxEvidence(context);

  if (bug.evidence.length > 0) {
    return {
      cause: 'bug',
      evidence: [...bug.evidence, ...ux, ...knowledge],
      firstDay: bug.firstDay,
    };
  }
  if (knowledge.length > 0) {
    return { cause: 'knowledge', evidence: [...knowledge, ...ux], firstDay: null };
  }
  const evidence = ux.length > 0 ? ux : [noPattern(context)];
  return { cause: 'ux_process', evidence, firstDay: null };
}

/** The fallback: what was seen, and that nothing points at the system or at learners. */
function noPattern({ attempts, step }: CauseContext): Evidence {
  const figures = measureAttempts(attempts, { step, scopeSessions: 0 });
  return {
    cause: 'ux_process',
    rule: 'no_pattern',
    text:
      `Over the ${figures.attempts} attempts here: hesitation score ${figures.hesitationScore}, ` +
      `errors in ${pct(figures.errorRatePct)}, completion ${pct(figures.completionPct)}; no ` +
      'failure on Odoo’s side, no starting day and no group of learners behind it, so the step ' +
      'itself is taken as harder than it should be.',
  };
}
