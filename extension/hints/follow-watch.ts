import type { CapturedEvent } from '../../core/events/schema.ts';
import type { PathStep } from '../../core/flows/schema.ts';
import {
  compileStep,
  type CompiledStep,
  type MatchContext,
} from '../../core/flows/step-matcher.ts';

/**
 * Tells when a hint was followed: the step it pointed at was done, as the golden path's own
 * step matcher recognises it in the events that came after, within `FOLLOW_WINDOW_MS`.
 */

/**
 * How soon after a hint appeared its step must be done to count as following it. A user who
 * takes the advice acts on it at once; a minute leaves room to read it and find the field.
 */
export const FOLLOW_WINDOW_MS = 60_000;

interface Watch<T> {
  subject: T;
  step: CompiledStep;
  until: number;
}

/** Watches for the steps of shown hints; `T` is whatever the caller tells hints apart by. */
export class FollowWatch<T> {
  private watches: Watch<T>[] = [];
  // Steps that name a menu (receipts, not deliveries) read the menu chosen last, as matching does.
  private readonly context: MatchContext = { menu: null };

  /** Starts watching for `step`, from `t` on. */
  start(subject: T, step: PathStep, t: number): void {
    this.watches.push({ subject, step: compileStep(step), until: t + FOLLOW_WINDOW_MS });
  }

  /** Passes an event; returns the subjects whose step it did, each only once. */
  push(event: CapturedEvent): T[] {
    this.watches = this.watches.filter((watch) => event.t <= watch.until);
    const done = this.watches.filter((watch) => watch.step.matches(event, this.context));
    this.watches = this.watches.filter((watch) => !done.includes(watch));

    if (event.type === 'click' && event.target.menu !== null) {
      if (event.target.role === 'menu' || event.target.role === 'app') {
        this.context.menu = event.target.menu;
      }
    }
    return done.map((watch) => watch.subject);
  }

  /** How many hints are still being watched. */
  get size(): number {
    return this.watches.length;
  }
}
