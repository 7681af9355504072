import { z } from 'zod';

import { targetSchema, type CapturedEvent } from '../events/schema.ts';
import { screenSchema } from '../screen/schema.ts';
import type { Thresholds } from './thresholds.ts';

/** The friction signals of DESIGN.md, each raised by one detector. */
export const SIGNAL_KINDS = [
  'rage_click',
  'blocked_attempt',
  'dead_click',
  'hover_backtrack',
  'pause',
  'loop',
  'retry',
  'form_friction',
  'error',
  'workaround',
] as const;

export type SignalKind = (typeof SIGNAL_KINDS)[number];

/** What a signal's evidence holds: counts, durations and technical names, never user data. */
const evidenceValue = z.union([z.string().max(128), z.number(), z.boolean(), z.null()]);

/** One signal: what fired, when, where, on what, and the facts that made it fire. */
export const signalSchema = z.object({
  kind: z.enum(SIGNAL_KINDS),
  /** When the behaviour happened (ms since the epoch): the moment the signal could be raised. */
  t: z.number().int().nonnegative(),
  screen: screenSchema,
  /** The element concerned, when there is one. */
  target: targetSchema.nullable(),
  evidence: z.record(z.string(), evidenceValue),
});

export type Signal = z.infer<typeof signalSchema>;

/** An event as the detectors read it: captured, with its session when it is known. */
export type DetectEvent = CapturedEvent & { session?: string };

/** The events of one type. */
export type EventOf<T extends DetectEvent['type']> = Extract<DetectEvent, { type: T }>;

/**
 * The 90th percentile of idle time at a step among successful users, in ms, or undefined when
 * not known. The key is `stepKey(screen)`.
 */
export type PauseBaseline = (stepKey: string) => number | undefined;

export interface DetectOptions {
  /** Overrides of `DEFAULT_THRESHOLDS`. */
  thresholds?: Partial<Thresholds>;
  /** Idle P90 per step; without it the pause floor alone applies. */
  baseline?: PauseBaseline;
}

/** What every detector is given: events in time order and the thresholds in force. */
export interface DetectContext {
  thresholds: Thresholds;
  baseline: PauseBaseline;
}

/** A detector: one pure function over events in time order. */
export type Detector = (events: readonly DetectEvent[], context: DetectContext) => Signal[];
