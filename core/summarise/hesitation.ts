import type { SignalKind } from '../detect/types.ts';

/**
 * The signals that make a visit to a step hesitant (DESIGN.md, Hesitation score): the user
 * stopped, hovered away, went round in circles, retried after an error, or clicked at something
 * that did not answer. Errors, form friction and workarounds are reported on their own.
 */
export const HESITATION_KINDS: ReadonlySet<SignalKind> = new Set([
  'pause',
  'hover_backtrack',
  'loop',
  'retry',
  'rage_click',
  'dead_click',
]);
