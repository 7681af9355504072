export { DETECTORS, detectAll, detectContext } from './detect-all.ts';
export {
  idleBaselineSchema,
  idleBaselines,
  MIN_BASELINE_GAPS,
  pauseBaseline,
} from './baselines.ts';
export type { IdleBaseline } from './baselines.ts';
export { detectBlockedAttempts } from './blocked-attempts.ts';
export { detectDeadClicks } from './dead-clicks.ts';
export { detectErrors } from './errors.ts';
export { detectFormFriction } from './form-friction.ts';
export { detectHoverBacktracks } from './hover-backtracks.ts';
export { detectLoops } from './loops.ts';
export { detectPauses } from './pauses.ts';
export { detectRageClicks } from './rage-clicks.ts';
export { detectRetries } from './retries.ts';
export { detectWorkarounds } from './workarounds.ts';
export { placeKey, stepKey, targetKey } from './events.ts';
export * from './thresholds.ts';
export { SIGNAL_KINDS, signalSchema } from './types.ts';
export type {
  DetectContext,
  DetectEvent,
  DetectOptions,
  Detector,
  PauseBaseline,
  Signal,
  SignalKind,
} from './types.ts';
export { scoreSignals } from './score.ts';
export type { KindScore, ScoredTrace } from './score.ts';
