/**
 * When a hint may appear: hints on by policy and not snoozed, one at a time, at most once per
 * step (and per error at a step) within a cooldown, and never while the user types (the caller
 * defers it). Pure: the caller brings the clock and the page's state.
 */

/**
 * Time before a hint at the same step (or for the same error at it) may appear again. The user
 * has the advice by then; repeating it sooner nags rather than helps. Ten minutes outlasts one
 * hesitant visit of a step (a whole receipt is given 30), so one visit gets one hint.
 */
export const STEP_COOLDOWN_MS = 10 * 60_000;

/** The hint asked for and what the rules need to know about the moment. */
export interface RuleInput {
  /** Golden path id. */
  path: string;
  /** The step the user is at. */
  step: string;
  /** For a hint after an error, the error: it has a cooldown of its own. */
  error: { kind: string; button: string } | null;
  /** False when IT turned hints off. */
  enabled: boolean;
  snoozedUntil: number | null;
  /** True while the user is typing. */
  typing: boolean;
  now: number;
}

/** `show`, or why not; `typing` means "not yet": the caller asks again once typing stops. */
export type RuleVerdict = 'show' | 'disabled' | 'snoozed' | 'showing' | 'cooldown' | 'typing';

/** Keeps what the rules remember: the hint on screen and when each step last had one. */
export class HintRules {
  private readonly shownAt = new Map<string, number>();
  private showing = false;

  /** Whether a hint may appear now. */
  check(input: RuleInput): RuleVerdict {
    if (!input.enabled) return 'disabled';
    if (input.snoozedUntil !== null && input.snoozedUntil > input.now) return 'snoozed';
    if (this.showing) return 'showing';
    const last = this.shownAt.get(keyOf(input));
    if (last !== undefined && input.now - last < STEP_COOLDOWN_MS) return 'cooldown';
    if (input.typing) return 'typing';
    return 'show';
  }

  /** A hint appeared for `input`'s step at `now`. */
  shown(input: Pick<RuleInput, 'path' | 'step' | 'error'>, now: number): void {
    this.showing = true;
    this.shownAt.set(keyOf(input), now);
    // Entries past their cooldown decide nothing any more.
    for (const [key, at] of this.shownAt) {
      if (now - at >= STEP_COOLDOWN_MS) this.shownAt.delete(key);
    }
  }

  /** The hint on screen went away. */
  closed(): void {
    this.showing = false;
  }
}

function keyOf({ path, step, error }: Pick<RuleInput, 'path' | 'step' | 'error'>): string {
  return error ? `${path}#${step}#${error.kind}:${error.button}` : `${path}#${step}`;
}
