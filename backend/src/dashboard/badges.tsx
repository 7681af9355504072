import { VERDICT_WORDS, type Cause, type Verdict } from '../../../core/analysis/index.ts';
import { CAUSE_TITLES } from '../../../core/analysis/review-text.ts';

/** The likely cause as a coloured label that also says it in words: `Bug`, `Knowledge gap`. */
export function CauseBadge({ cause }: { cause: Cause }) {
  return <span class={`badge cause-${cause}`}>{CAUSE_TITLES[cause]}</span>;
}

/** A before/after verdict as a label: `improved`, `worse`, `no significant change`. */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return <span class={`badge verdict-${verdict}`}>{VERDICT_WORDS[verdict]}</span>;
}
