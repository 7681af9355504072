import { isOwnUi } from '../capture/own-ui.ts';

/**
 * Tells whether the user is typing, so that a hint never appears under their fingers. Only the
 * fact that an input changed is used: neither the keys nor what the field holds.
 */

/**
 * Typing counts as stopped after this long without a change: shorter than a person's pause
 * between two fields, longer than the gaps between a typist's words.
 */
export const TYPING_QUIET_MS = 1500;

/** Whether the user types, as the hint engine asks it. */
export interface TypingState {
  /** True from a change in an input until `TYPING_QUIET_MS` without another. */
  active(): boolean;
  /** Calls `listener` each time typing stops; returns a disposer. */
  onQuiet(listener: () => void): () => void;
  dispose(): void;
}

/** Watches `doc` for typing. */
export function watchTyping(doc: Document, now: () => number = Date.now): TypingState {
  const controller = new AbortController();
  const listeners = new Set<() => void>();
  let lastAt = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const quiet = () => {
    timer = null;
    for (const listener of [...listeners]) listener();
  };

  // `input` fires for typed text, pastes and IME composition, and not for Tab or arrow keys.
  doc.addEventListener(
    'input',
    (event) => {
      if (isOwnUi(event.target)) return;
      lastAt = now();
      if (timer) clearTimeout(timer);
      timer = setTimeout(quiet, TYPING_QUIET_MS);
    },
    { capture: true, signal: controller.signal },
  );

  return {
    active: () => now() - lastAt < TYPING_QUIET_MS,
    onQuiet(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      controller.abort();
      if (timer) clearTimeout(timer);
      listeners.clear();
    },
  };
}
