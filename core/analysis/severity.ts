import type { SignalKind } from '../detect/types.ts';
import type { BaselineFigures, StepFigures } from './types.ts';

/**
 * How bad a step is for a group, and how many people it reaches. Severity is the share of
 * attempts that met trouble at the step (a hesitant visit, an error, a workaround, or giving up
 * there), raised by the completion lost against the previous weeks, both as chances of trouble
 * (1 − the chance of none). Trouble is counted once per attempt: an error followed by a retry is
 * one incident, and a step where users pause, loop and retry is still one issue, never above 1.
 */

/**
 * A cluster below this severity is not one of the week's problems: one attempt in seven or
 * fewer meeting trouble is the background noise of everyday work.
 */
export const MIN_REVIEW_SEVERITY = 0.15;

/**
 * Which signal names a cluster when two are raised equally often: the one that says most about
 * the cause (an error before a retry, a retry before a pause).
 */
export const SIGNAL_PRECEDENCE: readonly SignalKind[] = [
  'error',
  'blocked_attempt',
  'dead_click',
  'rage_click',
  'retry',
  'workaround',
  'form_friction',
  'loop',
  'hover_backtrack',
  'pause',
];

/** 0–1: the chance that an attempt at the step met trouble there or lost its completion. */
export function severityOf(figures: StepFigures, baseline: BaselineFigures | null): number {
  const trouble = figures.attempts === 0 ? 0 : figures.frictionAttempts / figures.attempts;
  const drop = baseline ? Math.max(0, baseline.completionPct - figures.completionPct) / 100 : 0;
  return Math.round((1 - (1 - trouble) * (1 - drop)) * 1000) / 1000;
}

/** Reach × severity: the users who reached the step, weighted by how badly it went. */
export function scoreOf(users: number, severity: number): number {
  return Math.round(users * severity * 100) / 100;
}

/** The kind raised most often; ties go to `SIGNAL_PRECEDENCE`. Null when none was raised. */
export function dominantSignal(signals: Partial<Record<SignalKind, number>>): SignalKind | null {
  let best: SignalKind | null = null;
  for (const kind of SIGNAL_PRECEDENCE) {
    const count = signals[kind] ?? 0;
    if (count > 0 && (best === null || count > (signals[best] ?? 0))) best = kind;
  }
  return best;
}
