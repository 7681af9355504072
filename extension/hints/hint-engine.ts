import type { Signal, SignalKind } from '../../core/detect/types.ts';
import type { CapturedEvent, HintOutcome } from '../../core/events/schema.ts';
import { BUILT_IN_PATHS } from '../../core/flows/library.ts';
import type { GoldenPath } from '../../core/flows/schema.ts';
import {
  chooseHint,
  type Hint,
  type HintRequest,
  type HintTrigger,
} from '../../core/hints/choose-hint.ts';
import type { Screen } from '../../core/screen/types.ts';
import { logger } from '../logger.ts';
import { ErrorWatch, type MetError } from './error-watch.ts';
import { FollowWatch } from './follow-watch.ts';
import { HintRules } from './hint-rules.ts';
import { LiveAttempts } from './live-attempt.ts';
import type { HintActions, HintSources, PresentedHint, ShownHint } from './types.ts';
import type { TypingState } from './watch-typing.ts';

/**
 * Decides when a stuck user sees a hint and records what became of it. A live signal (or an
 * error once its dialog is closed) at a step of an open golden-path attempt asks for a hint;
 * the rules (hint-rules.ts) say whether one may appear now; `chooseHint` picks and words the
 * advice; the page shows it. No signal, no hint: an attempt going well is left alone. The DOM is
 * reached only through the functions given, so the decisions can be tested without a page.
 */

/** Signals that ask for a hint: hesitation. Errors ask once their dialog is closed. */
export const TRIGGER_KINDS: ReadonlySet<SignalKind> = new Set<SignalKind>([
  'pause',
  'hover_backtrack',
  'loop',
  'retry',
  'rage_click',
  'dead_click',
  'blocked_attempt',
  'form_friction',
]);

/**
 * How long the sources the background gave are used before asking again: a policy change or a
 * snooze made in another tab reaches this page within half a minute, and a burst of signals
 * costs one message.
 */
export const SOURCES_MAX_AGE_MS = 30_000;

/**
 * A hint held back while the user types is dropped if typing goes on longer than this: by then
 * they are busy with something, and the moment of hesitation has passed.
 */
export const DEFERRED_MAX_MS = 20_000;

/** Sources when the background cannot be asked: no hints. */
const NO_SOURCES: HintSources = { enabled: false, snoozedUntil: null, local: null, pack: null };

export interface HintEngineOptions {
  /** Asks the background what hints may draw on (`pathlight/hint-sources`). */
  sources(): Promise<HintSources>;
  /** Shows a hint on the page. */
  present(hint: Hint, actions: HintActions): PresentedHint;
  /** Records an outcome as a `hint` event. */
  record(outcome: HintOutcome, shown: ShownHint): void;
  /** Snoozes hints for a day in the extension's storage; resolves with when the snooze ends. */
  snooze(): Promise<number>;
  /** Whether the user is typing, and when they stop. */
  typing: Pick<TypingState, 'active' | 'onQuiet'>;
  /** Reads a button's or field's label where the hint is shown. Default: technical names. */
  labelOf?: HintRequest['labelOf'];
  /** The golden paths attempts are matched against. Default: the built-in ones. */
  paths?: readonly GoldenPath[];
  /** How long before an error its button may have been clicked. Default `ERROR_CAUSE_MS`. */
  errorCauseMs?: number;
  /** The clock. Default `Date.now`. */
  now?: () => number;
}

export interface HintEngine {
  /** Every captured event of the page, in the order captured. */
  push(event: CapturedEvent): void;
  /** Every signal the live detectors raise, after the event that raised it was pushed. */
  signal(signal: Signal): void;
  /** Events from before the page loaded (see recent-events.ts): where the user was. */
  restore(earlier: readonly CapturedEvent[]): void;
  /** Resolves once every hint asked for so far has been decided. */
  settled(): Promise<void>;
  /** Takes any hint away without an outcome and stops listening. */
  dispose(): void;
}

/** A hint asked for: where the user is, and why. */
interface Ask {
  path: GoldenPath;
  step: string;
  trigger: HintTrigger;
  error: MetError | null;
}

export function createHintEngine(options: HintEngineOptions): HintEngine {
  const now = options.now ?? Date.now;
  const attempts = new LiveAttempts(options.paths ?? BUILT_IN_PATHS);
  const follow = new FollowWatch<ShownHint>();
  const errors = new ErrorWatch(options.errorCauseMs);
  const rules = new HintRules();
  let current: { shown: ShownHint; presented: PresentedHint } | null = null;
  let deferred: { ask: Ask; since: number } | null = null;
  let cached: { sources: HintSources; at: number } | null = null;
  // Set by the hint's own button: this page stops at once, whatever the background answers.
  let snoozedHere: number | null = null;
  let queue: Promise<void> = Promise.resolve();
  let disposed = false;

  const stopQuiet = options.typing.onQuiet(() => {
    const waiting = deferred;
    deferred = null;
    if (waiting && now() - waiting.since <= DEFERRED_MAX_MS) enqueue(waiting.ask);
  });

  const sources = async (): Promise<HintSources> => {
    if (cached && now() - cached.at < SOURCES_MAX_AGE_MS) return cached.sources;
    try {
      const fresh = await options.sources();
      cached = { sources: fresh, at: now() };
      return fresh;
    } catch (error) {
      logger.debug('hint sources unavailable', error);
      return NO_SOURCES;
    }
  };

  const enqueue = (ask: Ask) => {
    queue = queue
      .then(() => consider(ask))
      .catch((error: unknown) => logger.debug('hint not shown', error));
  };

  const consider = async (ask: Ask) => {
    const found = await sources();
    if (disposed) return;
    const snoozes = [found.snoozedUntil, snoozedHere].filter((until) => until !== null);
    const verdict = rules.check({
      path: ask.path.id,
      step: ask.step,
      error: ask.error,
      enabled: found.enabled,
      snoozedUntil: snoozes.length > 0 ? Math.max(...snoozes) : null,
      typing: options.typing.active(),
      now: now(),
    });
    if (verdict === 'typing') {
      deferred = { ask, since: deferred?.since ?? now() };
      return;
    }
    // The user may have moved on while the sources were read.
    if (verdict !== 'show' || attempts.stepOf(ask.path.id) !== ask.step) return;

    const hint = chooseHint({
      path: ask.path,
      step: ask.step,
      trigger: ask.trigger,
      error: ask.error,
      local: found.local,
      pack: found.pack,
      labelOf: options.labelOf,
    });
    if (hint) show(hint, ask);
  };

  const show = (hint: Hint, ask: Ask) => {
    const shown: ShownHint = { hint, trigger: ask.trigger, shownAt: now() };
    rules.shown({ path: ask.path.id, step: ask.step, error: ask.error }, shown.shownAt);

    const closeWith = (outcome: HintOutcome) => () => {
      if (current?.shown !== shown) return;
      options.record(outcome, shown);
      hide();
    };
    const actions: HintActions = {
      gotIt: closeWith('got_it'),
      notHelpful: closeWith('not_helpful'),
      dismiss: closeWith('dismissed'),
      snooze: () => {
        snoozedHere = Number.POSITIVE_INFINITY;
        closeWith('dismissed')();
        void options
          .snooze()
          .then((until) => {
            snoozedHere = until;
          })
          .catch((error: unknown) => logger.debug('snooze not saved', error));
      },
    };

    let presented: PresentedHint;
    try {
      presented = options.present(hint, actions);
    } catch (error) {
      // A page that refuses the hint (no document element, say) must not block later ones.
      rules.closed();
      logger.debug('hint could not be shown', error);
      return;
    }
    current = { shown, presented };
    options.record('shown', shown);
    const next = ask.path.steps.find((step) => step.id === hint.next);
    if (next) follow.start(shown, next, shown.shownAt);
  };

  const hide = () => {
    const leaving = current;
    current = null;
    rules.closed();
    leaving?.presented.close();
  };

  const requestHint = (trigger: HintTrigger, screen: Screen, error: MetError | null) => {
    const live = attempts.current();
    if (!live || !onPath(live.path, screen)) return;
    enqueue({ path: live.path, step: live.step, trigger, error });
  };

  return {
    push(event) {
      if (disposed) return;
      attempts.push(event);

      for (const shown of follow.push(event)) {
        options.record('followed', shown);
        if (current?.shown === shown) hide();
      }
      // A hint is about a step: once the user is elsewhere it has nothing to say.
      if (current && attempts.stepOf(current.shown.hint.path) !== current.shown.hint.step) hide();

      const met = errors.push(event, attempts.recent());
      if (met) requestHint('error', event.screen, met);
    },
    signal(signal) {
      if (disposed || !TRIGGER_KINDS.has(signal.kind)) return;
      requestHint(signal.kind, signal.screen, null);
    },
    restore(earlier) {
      if (!disposed) attempts.restore(earlier);
    },
    settled: () => queue,
    dispose() {
      disposed = true;
      deferred = null;
      stopQuiet();
      hide();
    },
  };
}

/**
 * True when the screen belongs to the path: a rage click in Sales while a receipt waits in
 * another part of the session is not about the receipt.
 */
function onPath(path: GoldenPath, screen: Screen): boolean {
  const models = new Set(
    path.steps.flatMap((step) => {
      const model = step.match.model;
      return model === undefined ? [] : typeof model === 'string' ? [model] : model;
    }),
  );
  return models.size === 0 || (screen.model !== null && models.has(screen.model));
}
