import type { Signal } from '../../core/detect/types.ts';
import type { CapturedEvent } from '../../core/events/schema.ts';
import type { Screen } from '../../core/screen/types.ts';
import { logger } from '../logger.ts';
import type { Identity, Message, Reply } from '../messages.ts';
import { createHintEngine } from './hint-engine.ts';
import { hintEvent } from './hint-event.ts';
import { createLabelReader } from './label-of.ts';
import { showHint } from './show-hint.tsx';
import type { HintSources } from './types.ts';
import { watchTyping } from './watch-typing.ts';

/**
 * Hints on one Odoo page: the engine (hint-engine.ts) given the page, the background and the
 * user. Outcomes go to the background as `hint` events through `pathlight/capture`, the path
 * every captured event takes, so they land in the same session and attempts.
 */

/** The page and the ways to the background that hints need. */
export interface StartHintsOptions {
  doc: Document;
  /** Sends a message to the background and resolves with its reply. */
  request(message: Message): Promise<Reply>;
  /** Who is logged in, as capture has it. */
  identity: Promise<Identity | null>;
  /** The screen the user is on now. */
  screen(): Screen;
  /** The clock. Default `Date.now`. */
  now?: () => number;
}

/** Hints on a page, fed by capture. */
export interface PageHints {
  /** Every captured event of the page, in order. */
  push(event: CapturedEvent): void;
  /** Every live signal, after the event that raised it. */
  signal(signal: Signal): void;
  dispose(): void;
}

/** Starts hints on the page; `dispose` takes any hint away and stops listening. */
export function startHints(options: StartHintsOptions): PageHints {
  const { doc, request, identity, screen } = options;
  const now = options.now ?? Date.now;
  const typing = watchTyping(doc, now);

  const valueOf = async <T>(message: Message): Promise<T> => {
    const reply = await request(message);
    if (!reply.ok) throw new Error(`${reply.error.message} [${reply.error.code}]`);
    return reply.value as T;
  };

  const engine = createHintEngine({
    now,
    typing,
    labelOf: createLabelReader(doc),
    sources: () => valueOf<HintSources>({ type: 'pathlight/hint-sources' }),
    present: (hint, actions) => showHint(doc, hint, actions),
    record(outcome, shown) {
      const event = hintEvent(outcome, shown, { t: now(), screen: screen() });
      void identity
        .then((who) => valueOf({ type: 'pathlight/capture', event, identity: who }))
        .catch((error: unknown) => logger.debug('hint outcome not recorded', error));
    },
    snooze: async () =>
      (await valueOf<{ snoozedUntil: number }>({ type: 'pathlight/snooze-hints' })).snoozedUntil,
  });

  // Where the user was before this page loaded: a reload in the middle of a receipt.
  void valueOf<CapturedEvent[]>({ type: 'pathlight/recent-events', before: now() })
    .then((earlier) => engine.restore(earlier))
    .catch((error: unknown) => logger.debug('recent events unavailable', error));

  return {
    push: (event) => engine.push(event),
    signal: (signal) => engine.signal(signal),
    dispose() {
      engine.dispose();
      typing.dispose();
    },
  };
}
