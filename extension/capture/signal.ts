import type { Subscribe } from './types.ts';

/** A minimal publish/subscribe channel between watchers. */
export interface Signal<T> {
  subscribe: Subscribe<T>;
  publish(value: T): void;
}

/** Creates a channel; listeners run in the order they subscribed. */
export function createSignal<T>(): Signal<T> {
  const listeners = new Set<(value: T) => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    publish(value) {
      for (const listener of listeners) listener(value);
    },
  };
}
