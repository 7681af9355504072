import type { CauseContext } from './cause-context.ts';
import type { PreparedAttempt } from './dataset.ts';
import { count, listOf, pct } from './format.ts';
import { displayPseudonym } from './pseudonyms.ts';
import { measureAttempts } from './step-measure.ts';
import type { Evidence } from './types.ts';

/**
 * Evidence of a knowledge gap (DESIGN.md, "knowledge"): hesitation concentrated in new users, or
 * in a few users, while their peers at the same step get through without it. The step works;
 * some people have not learnt it yet.
 */

/** Hesitation score from which a group hesitates clearly. */
export const KNOWLEDGE_MIN_SCORE = 30;

/** Most hesitation the peers may show for the step to count as one they master. */
export const PEER_MAX_SCORE = 15;

/** Least completion the peers must reach at the step. */
export const PEER_MIN_COMPLETION_PCT = 80;

/** Fewest visits on each side of a comparison. */
export const MIN_COMPARED_VISITS = 5;

/** Fewest users at a step before "a few of them" can be told from "all of them". */
export const FEW_USERS_MIN = 6;

/** "A few users": at most this share of the users reaching the step... */
export const FEW_USERS_SHARE = 1 / 3;

/** ...holding at least this share of its hesitant visits. */
export const FEW_USERS_HOLD = 2 / 3;

/** The knowledge-gap evidence at the context's step. */
export function knowledgeEvidence({ attempts, step }: CauseContext): Evidence[] {
  const evidence: Evidence[] = [];
  const measure = (group: readonly PreparedAttempt[]) =>
    measureAttempts(group, { step, scopeSessions: 0 });

  const fresh = measure(attempts.filter((attempt) => attempt.tenure === 'new'));
  const peers = measure(attempts.filter((attempt) => attempt.tenure === 'experienced'));
  if (
    fresh.visits >= MIN_COMPARED_VISITS &&
    peers.visits >= MIN_COMPARED_VISITS &&
    fresh.hesitationScore >= KNOWLEDGE_MIN_SCORE &&
    masters(peers)
  ) {
    evidence.push({
      cause: 'knowledge',
      rule: 'new_users_hesitate',
      text:
        `New users hesitate here in ${fresh.hesitationScore}% of visits (${fresh.hesitantVisits} ` +
        `of ${fresh.visits}) and complete ${pct(fresh.completionPct)} of attempts; experienced ` +
        `colleagues at the same step hesitate in ${peers.hesitationScore}% and complete ` +
        `${pct(peers.completionPct)}.`,
    });
  }

  const few = hesitantFew(attempts, step);
  if (few) {
    const group = measure(attempts.filter((attempt) => few.users.has(attempt.who)));
    const rest = measure(attempts.filter((attempt) => !few.users.has(attempt.who)));
    if (group.hesitationScore >= KNOWLEDGE_MIN_SCORE && rest.visits >= MIN_COMPARED_VISITS) {
      if (masters(rest)) {
        const names = [...few.users].filter((who) => !who.startsWith('session:'));
        evidence.push({
          cause: 'knowledge',
          rule: 'few_users_hesitate',
          text:
            `${few.users.size} of ${count(few.of, 'user')} ` +
            `(${listOf(names.map(displayPseudonym).sort())}) ` +
            `make ${Math.round(few.share * 100)}% of the hesitant visits; the others hesitate in ` +
            `${rest.hesitationScore}% of visits and complete ${pct(rest.completionPct)}.`,
        });
      }
    }
  }
  return evidence;
}

function masters(figures: { hesitationScore: number; completionPct: number }): boolean {
  return (
    figures.hesitationScore <= PEER_MAX_SCORE && figures.completionPct >= PEER_MIN_COMPLETION_PCT
  );
}

/**
 * The fewest users who together make `FEW_USERS_HOLD` of the hesitant visits at the step, when
 * they are at most `FEW_USERS_SHARE` of the users there; null otherwise.
 */
function hesitantFew(
  attempts: readonly PreparedAttempt[],
  step: string,
): { users: Set<string>; of: number; share: number } | null {
  const hesitant = new Map<string, number>();
  for (const attempt of attempts) {
    const at = attempt.row.steps.find((s) => s.step === step);
    hesitant.set(attempt.who, (hesitant.get(attempt.who) ?? 0) + (at?.hesitantVisits ?? 0));
  }
  const total = [...hesitant.values()].reduce((sum, n) => sum + n, 0);
  if (hesitant.size < FEW_USERS_MIN || total === 0) return null;

  const users = new Set<string>();
  let held = 0;
  for (const [who, n] of [...hesitant].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    if (held >= FEW_USERS_HOLD * total) break;
    users.add(who);
    held += n;
  }
  if (users.size > FEW_USERS_SHARE * hesitant.size) return null;
  return { users, of: hesitant.size, share: held / total };
}
