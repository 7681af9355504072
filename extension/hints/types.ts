import type { HintTrigger } from '../../core/hints/choose-hint.ts';
import type { Hint } from '../../core/hints/choose-hint.ts';
import type { HintPack } from '../../core/hints/pack.ts';

/** What a page's hints may draw on, as the background answers `pathlight/hint-sources`. */
export interface HintSources {
  /** False when IT turned hints off by policy (`hints: false`). */
  enabled: boolean;
  /** Until when the user snoozed hints, ms since the epoch; null when not snoozed. */
  snoozedUntil: number | null;
  /** Built from this user's own completed attempts; null when there are none. */
  local: HintPack | null;
  /** The organisation's, from the backend; null until one has been fetched. */
  pack: HintPack | null;
}

/** A hint on the page, with what made it appear and when. */
export interface ShownHint {
  hint: Hint;
  trigger: HintTrigger;
  shownAt: number;
}

/** What the user can do with a hint; each closes it. */
export interface HintActions {
  gotIt(): void;
  notHelpful(): void;
  /** Escape or the close button. */
  dismiss(): void;
  /** No hints for a day. */
  snooze(): void;
}

/** A hint the page shows, until `close` takes it away. */
export interface PresentedHint {
  close(): void;
}
