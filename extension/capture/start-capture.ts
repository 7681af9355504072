import type { CapturedEvent } from '../../core/events/schema.ts';
import { recognise } from '../../core/recognise/index.ts';
import type { Screen } from '../../core/screen/types.ts';
import type { Identity } from '../messages.ts';
import type { CaptureContext, Emit } from './types.ts';
import { watchClicks } from './watch-clicks.ts';
import { watchDialogs } from './watch-dialogs.ts';
import { watchDom } from './watch-dom.ts';
import { watchDownloads } from './watch-downloads.ts';
import { watchEffects } from './watch-effects.ts';
import { watchExportImport } from './watch-export-import.ts';
import { watchFields } from './watch-fields.ts';
import { watchHover } from './watch-hover.ts';
import { watchKeys } from './watch-keys.ts';
import { watchNavigation } from './watch-navigation.ts';
import { watchPageState } from './watch-page-state.ts';
import { watchRecordState } from './watch-record-state.ts';
import { watchRecords } from './watch-records.ts';

/** Where captured events go: the background, in production. */
export type Sink = (event: CapturedEvent, identity: Identity | null) => void;

export interface CaptureOptions {
  /** Receives every event. */
  sink: Sink;
  /** Who is logged in; events wait for it so that the first ones of a page are attributed. */
  identity: Promise<Identity | null>;
  /** Clock; default `Date.now`. */
  now?: () => number;
}

/** True on pages of the Odoo web client (not its login page or the website). */
export function isOdooWebClient(doc: Document): boolean {
  return doc.body?.classList.contains('o_web_client') ?? false;
}

/**
 * Starts capturing on an Odoo page every kind of event of the contract (core/events/schema.ts),
 * each with the screen at that moment. Returns a disposer that stops everything.
 */
export function startCapture(doc: Document, options: CaptureOptions): () => void {
  const now = options.now ?? Date.now;
  const screen = (): Screen => recognise(location.href, doc);
  const emit = identifiedSink(options);
  const stamp: Emit = (body, at = {}) => {
    emit({ ...body, t: Math.round(at.t ?? now()), screen: at.screen ?? screen() } as CapturedEvent);
  };
  const ctx: CaptureContext = { doc, now, screen, emit: stamp };

  const dom = watchDom(doc, { now, onStorm: (state) => stamp({ type: 'page', state }) });
  const clicks = watchClicks(ctx);
  const keys = watchKeys(ctx);
  const navigation = watchNavigation(ctx, dom, clicks.lastClick);

  const stops = [
    watchHover(ctx, clicks.clicks),
    watchDialogs(ctx, dom, clicks.clicks),
    watchFields(ctx, dom),
    watchPageState(ctx, dom),
    watchRecordState(ctx, dom),
    watchRecords(ctx, clicks.clicks, keys.shortcuts, navigation.navigations),
    watchExportImport(ctx, dom, clicks.clicks, navigation.navigations),
    watchDownloads(ctx, clicks.clicks),
    watchEffects(ctx, dom, clicks.clicks),
    navigation.dispose,
    keys.dispose,
    clicks.dispose,
    dom.dispose,
  ];
  return () => {
    for (const stop of stops) stop();
  };
}

/** Passes events to the sink once the identity lookup has answered, in order. */
function identifiedSink(options: CaptureOptions): (event: CapturedEvent) => void {
  let identity: Identity | null = null;
  let known = false;
  const pending: CapturedEvent[] = [];

  void options.identity.then((found) => {
    identity = found;
    known = true;
    for (const event of pending.splice(0)) options.sink(event, identity);
  });

  return (event) => {
    if (known) options.sink(event, identity);
    else pending.push(event);
  };
}
