import { z } from 'zod';

/**
 * Every threshold of the detectors, with the reason for its default. IT can override each one by
 * managed policy (`detectorThresholds`); `docs/signals.md` explains them in a partner's words.
 */

/** Clicks on one target that make a rage click: two can be a double click, three are not. */
export const RAGE_CLICKS = 3;

/** Longest gap between the clicks of a rage click: a person waiting for an answer waits longer. */
export const RAGE_GAP_MS = 1000;

/**
 * Clicks on a disabled or covered target that make a blocked attempt. One can be a mistake; a
 * second shows the user expected the button to work.
 */
export const BLOCKED_CLICKS = 2;

/** Longest gap between the clicks of a blocked attempt. */
export const BLOCKED_GAP_MS = 3000;

/**
 * A click is dead when nothing answers it within this window; capture watches the same 1.5 s
 * (`EFFECT_WINDOW_MS`). Also how long after a click its loading indicator, dialog or copy counts
 * as its answer.
 */
export const DEAD_CLICK_WINDOW_MS = 1500;

/**
 * A download this soon after a print or export click is that click's answer: rendering a large
 * report takes the server a while.
 */
export const DOWNLOAD_ANSWER_MS = 60_000;

/**
 * Shortest stay on a primary action that counts as considering it: under half a second the
 * pointer is on its way somewhere else.
 */
export const HOVER_DWELL_MS = 500;

/** How soon after leaving a primary action a return to it, or a step back, is a backtrack. */
export const HOVER_RETURN_MS = 15_000;

/**
 * Shortest idle gap at a step that is a pause, whatever the baseline says: reading a form and
 * finding the next field takes a trained user a few seconds, ten is hesitation.
 */
export const PAUSE_FLOOR_MS = 10_000;

/** Visits to the same screen, with no progress in between, that make a loop. */
export const LOOP_VISITS = 3;

/** How long after an error the same action again is a retry. */
export const RETRY_WINDOW_MS = 10 * 60_000;

/**
 * How long before an error dialog its button may have been clicked: Odoo answers a button with
 * its error once the server call returns, which takes seconds on a busy server.
 */
export const ERROR_CAUSE_MS = 15_000;

/** Validation failures on one step that make form friction: once is a reminder, twice is not. */
export const FORM_FRICTION_FAILURES = 2;

/** Window in which repeated validation failures on a step count together. */
export const FORM_FRICTION_WINDOW_MS = 10 * 60_000;

/** How long after an export an import into the same model is the export-and-reimport detour. */
export const WORKAROUND_WINDOW_MS = 24 * 3_600_000;

/**
 * How long before an export a failed attempt on the same model makes the export a way around it,
 * and how long after it the user must not have come back to finish.
 */
export const ABANDON_WINDOW_MS = 10 * 60_000;

/** The thresholds as one object; every field can be overridden. */
export const thresholdsSchema = z.object({
  rageClicks: z.number().int().min(2).max(20),
  rageGapMs: z.number().int().min(100).max(10_000),
  blockedClicks: z.number().int().min(1).max(20),
  blockedGapMs: z.number().int().min(100).max(60_000),
  deadClickWindowMs: z.number().int().min(100).max(60_000),
  downloadAnswerMs: z.number().int().min(1000).max(600_000),
  hoverDwellMs: z.number().int().min(100).max(60_000),
  hoverReturnMs: z.number().int().min(1000).max(600_000),
  pauseFloorMs: z.number().int().min(1000).max(3_600_000),
  loopVisits: z.number().int().min(2).max(50),
  retryWindowMs: z.number().int().min(1000).max(86_400_000),
  errorCauseMs: z.number().int().min(1000).max(600_000),
  formFrictionFailures: z.number().int().min(2).max(50),
  formFrictionWindowMs: z.number().int().min(1000).max(86_400_000),
  workaroundWindowMs: z
    .number()
    .int()
    .min(60_000)
    .max(30 * 86_400_000),
  abandonWindowMs: z.number().int().min(10_000).max(86_400_000),
});

export type Thresholds = z.infer<typeof thresholdsSchema>;

/** Overrides as managed policy gives them: any subset, each field checked. */
export const thresholdOverridesSchema = thresholdsSchema.partial().strict();

export const DEFAULT_THRESHOLDS: Readonly<Thresholds> = Object.freeze({
  rageClicks: RAGE_CLICKS,
  rageGapMs: RAGE_GAP_MS,
  blockedClicks: BLOCKED_CLICKS,
  blockedGapMs: BLOCKED_GAP_MS,
  deadClickWindowMs: DEAD_CLICK_WINDOW_MS,
  downloadAnswerMs: DOWNLOAD_ANSWER_MS,
  hoverDwellMs: HOVER_DWELL_MS,
  hoverReturnMs: HOVER_RETURN_MS,
  pauseFloorMs: PAUSE_FLOOR_MS,
  loopVisits: LOOP_VISITS,
  retryWindowMs: RETRY_WINDOW_MS,
  errorCauseMs: ERROR_CAUSE_MS,
  formFrictionFailures: FORM_FRICTION_FAILURES,
  formFrictionWindowMs: FORM_FRICTION_WINDOW_MS,
  workaroundWindowMs: WORKAROUND_WINDOW_MS,
  abandonWindowMs: ABANDON_WINDOW_MS,
});
