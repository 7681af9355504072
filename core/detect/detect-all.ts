import { detectBlockedAttempts } from './blocked-attempts.ts';
import { detectDeadClicks } from './dead-clicks.ts';
import { detectErrors } from './errors.ts';
import { detectFormFriction } from './form-friction.ts';
import { detectHoverBacktracks } from './hover-backtracks.ts';
import { detectLoops } from './loops.ts';
import { detectPauses } from './pauses.ts';
import { detectRageClicks } from './rage-clicks.ts';
import { detectRetries } from './retries.ts';
import { DEFAULT_THRESHOLDS } from './thresholds.ts';
import type {
  DetectContext,
  DetectEvent,
  DetectOptions,
  Detector,
  Signal,
  SignalKind,
} from './types.ts';
import { detectWorkarounds } from './workarounds.ts';

/** Every detector, by the kind of signal it raises. */
export const DETECTORS: Readonly<Record<SignalKind, Detector>> = {
  rage_click: detectRageClicks,
  blocked_attempt: detectBlockedAttempts,
  dead_click: detectDeadClicks,
  hover_backtrack: detectHoverBacktracks,
  pause: detectPauses,
  loop: detectLoops,
  retry: detectRetries,
  form_friction: detectFormFriction,
  error: detectErrors,
  workaround: detectWorkarounds,
};

/** The context detectors run in: defaults overridden by `options`. */
export function detectContext(options: DetectOptions = {}): DetectContext {
  return {
    thresholds: { ...DEFAULT_THRESHOLDS, ...options.thresholds },
    baseline: options.baseline ?? (() => undefined),
  };
}

/**
 * Runs every detector over the events and returns their signals in time order. Events may come
 * in any order and from several sessions: they are put in time order first, keeping the
 * recorded order of events with the same time.
 */
export function detectAll(events: readonly DetectEvent[], options: DetectOptions = {}): Signal[] {
  const ordered = [...events].sort((a, b) => a.t - b.t);
  const context = detectContext(options);
  return Object.values(DETECTORS)
    .flatMap((detector) => detector(ordered, context))
    .sort((a, b) => a.t - b.t);
}
