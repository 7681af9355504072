import type { CapturedEvent, Target } from '../../core/events/schema.ts';
import type { Screen } from '../../core/screen/types.ts';

/** `Omit` applied to each member of a union, so the event kinds stay told apart. */
type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** An event before its time and screen are stamped on it. */
export type EventBody = OmitEach<CapturedEvent, 't' | 'screen'>;

/** Overrides for the stamp: by default the current time and screen. */
export interface EmitOptions {
  t?: number;
  screen?: Screen;
}

export type Emit = (body: EventBody, options?: EmitOptions) => void;

/** What every watcher is given. */
export interface CaptureContext {
  doc: Document;
  /** Milliseconds since the epoch; `Date.now` in production. */
  now(): number;
  /** The screen as it is now. */
  screen(): Screen;
  emit: Emit;
}

/** A click on something actionable, as the click watcher saw it. */
export interface ClickInfo {
  t: number;
  /** The element the description is of (the button, not the icon inside it). */
  element: Element;
  target: Target;
  /** The screen when the click happened, before Odoo reacted to it. */
  screen: Screen;
}

/** Subscribes to a stream of values; returns a disposer. */
export type Subscribe<T> = (listener: (value: T) => void) => () => void;
