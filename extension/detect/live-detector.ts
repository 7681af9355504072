import { detectAll, targetKey, type DetectOptions, type Signal } from '../../core/detect/index.ts';
import type { CapturedEvent } from '../../core/events/schema.ts';

/**
 * How far back the live detectors look. Ten minutes holds every detector's window but the
 * day-long export-then-import one, which the offline run over stored traces catches.
 */
export const LIVE_WINDOW_MS = 10 * 60_000;

/** Most events kept in the window, so one busy page never makes detection slow. */
export const LIVE_WINDOW_EVENTS = 300;

export interface LiveDetector {
  /** Adds a captured event and returns the signals it made newly raisable. */
  push(event: CapturedEvent): Signal[];
}

/**
 * Runs the same detectors as `pathlight detect` over a sliding window of this page's recent
 * events, after each event, and returns each signal once. A signal is known by its kind, time
 * and target, so running again over a window that still holds its evidence raises nothing new.
 */
export function createLiveDetector(options: DetectOptions = {}): LiveDetector {
  const window: CapturedEvent[] = [];
  const raised = new Set<string>();

  return {
    push(event) {
      window.push(event);
      const oldest = event.t - LIVE_WINDOW_MS;
      while (window.length > LIVE_WINDOW_EVENTS || (window[0] && window[0].t < oldest)) {
        window.shift();
      }

      const fresh: Signal[] = [];
      for (const signal of detectAll(window, options)) {
        const key = `${signal.kind}|${signal.t}|${signal.target ? targetKey(signal.target) : '-'}`;
        if (raised.has(key)) continue;
        raised.add(key);
        fresh.push(signal);
      }
      // Keys of signals older than the window can never be raised again.
      if (raised.size > LIVE_WINDOW_EVENTS * 4) raised.clear();
      return fresh;
    },
  };
}
