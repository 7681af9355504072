import { isOwnUiMutation } from './own-ui.ts';
import { PROBE_MS, StormGuard } from './storm-guard.ts';

/**
 * Mutations are examined at most this often. Odoo renders a dialog or a notification within a
 * few frames; looking every 50 ms keeps timings to a frame or three while a burst of thousands
 * of mutations costs one check.
 */
export const DOM_CHECK_MS = 50;

/** The one DOM observer of capture, shared by every watcher that reads the DOM's state. */
export interface DomWatch {
  /**
   * Runs `check` after the DOM changed, at most once per `DOM_CHECK_MS` for all checks together,
   * and once when observation resumes after a storm. Returns a disposer.
   */
  onCheck(check: () => void): () => void;
  /** Milliseconds since the last mutation seen; 0 while not observing (nothing is known). */
  quietForMs(): number;
  dispose(): void;
}

export interface DomWatchOptions {
  /** Clock, in milliseconds since the epoch. */
  now: () => number;
  /** Told when observation stops for a storm and when it is back to normal. */
  onStorm(state: 'capture_backoff' | 'capture_recovered'): void;
}

// Class changes carry most of Odoo's state: `o_field_invalid`, 16/17's `o_blockUI` host.
const OBSERVED: MutationObserverInit = {
  childList: true,
  subtree: true,
  attributes: true,
  attributeFilter: ['class'],
};

/**
 * Observes the document for the watchers. The observer's own work per callback is a count and a
 * timer; the watchers' queries run in the coalesced check. Under a mutation storm the observer
 * is disconnected (see storm-guard.ts), so a page that rewrites itself thousands of times a
 * second pays nothing for capture; clicks and keys are still captured by their listeners.
 */
export function watchDom(doc: Document, options: DomWatchOptions): DomWatch {
  const { now } = options;
  const checks = new Set<() => void>();
  const guard = new StormGuard();
  let lastMutationAt = now();
  let scheduled: ReturnType<typeof setTimeout> | null = null;
  let pause: ReturnType<typeof setTimeout> | null = null;
  let disposed = false;

  const runChecks = () => {
    scheduled = null;
    for (const check of checks) check();
  };

  const observer = new MutationObserver((all) => {
    // The hint's host coming and going is Pathlight's doing, not the page changing.
    const records = all.filter((record) => !isOwnUiMutation(record));
    if (records.length === 0) return;
    lastMutationAt = now();
    const verdict = guard.note(records.length, lastMutationAt);
    if (verdict?.action === 'backoff') {
      backOff(verdict.ms);
      return;
    }
    scheduled ??= setTimeout(runChecks, DOM_CHECK_MS);
  });

  const backOff = (ms: number) => {
    const wasCalm = pause === null;
    observer.disconnect();
    if (scheduled) clearTimeout(scheduled);
    scheduled = null;
    if (pause) clearTimeout(pause);
    pause = setTimeout(resume, ms);
    // One backoff event per storm, however many times the pause is extended.
    if (wasCalm) options.onStorm('capture_backoff');
  };

  const resume = () => {
    if (disposed) return;
    guard.resume(now());
    observer.observe(doc.documentElement, OBSERVED);
    // The DOM changed unseen during the pause.
    runChecks();
    pause = setTimeout(endProbe, PROBE_MS);
  };

  const endProbe = () => {
    if (disposed || guard.endProbe(now())?.action !== 'recovered') return;
    pause = null;
    options.onStorm('capture_recovered');
  };

  observer.observe(doc.documentElement, OBSERVED);

  return {
    onCheck(check) {
      checks.add(check);
      return () => checks.delete(check);
    },
    quietForMs: () => (guard.state === 'calm' ? now() - lastMutationAt : 0),
    dispose() {
      disposed = true;
      observer.disconnect();
      if (scheduled) clearTimeout(scheduled);
      if (pause) clearTimeout(pause);
    },
  };
}
