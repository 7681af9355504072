import { capturedEventSchema, type CapturedEventType } from '../../core/events/schema.ts';

/** Every event type of the contract, in its order. */
export const EVENT_TYPES: readonly CapturedEventType[] = capturedEventSchema.options.map(
  (option) => option.shape.type.value,
);
