import { z } from 'zod';

import { dialogSchema, screenSchema, technicalName } from '../screen/schema.ts';

/**
 * Events as the content script captures them: a technical description of one interaction and the
 * screen at that moment. Nothing here can hold a field value or a record name: free text is
 * limited to button and menu labels, which Odoo defines, not users.
 */

/** What kind of element a click landed on. */
export const TARGET_ROLES = [
  'action_button',
  'statusbar_state',
  'app',
  'menu',
  'breadcrumb',
  'dialog_button',
  'record',
  'save',
  'discard',
  'new_record',
  'other',
] as const;

export type TargetRole = (typeof TARGET_ROLES)[number];

/** A label of a button or menu: short, one line. */
const label = z
  .string()
  .max(80)
  .regex(/^[^\n\r\t]*$/, 'must be one line');

export const targetSchema = z.object({
  role: z.enum(TARGET_ROLES),
  /** The `name` attribute of an object or action button. */
  name: technicalName.nullable().default(null),
  /** `object`, `action` or the button's `special` (`cancel`, `save`). */
  buttonType: technicalName.nullable().default(null),
  /** The menu's `data-menu-xmlid`. */
  menu: technicalName.nullable().default(null),
  /** The statusbar state's `data-value`. */
  state: technicalName.nullable().default(null),
  /** Breadcrumb levels back from the current one (1 = the parent). */
  depth: z.number().int().min(0).max(50).nullable().default(null),
  /** Label of a button or menu; never set for records, fields or breadcrumbs. */
  label: label.nullable().default(null),
  disabled: z.boolean().default(false),
});

export type Target = z.infer<typeof targetSchema>;

export const NAVIGATION_CAUSES = ['load', 'push', 'replace', 'pop'] as const;
export const NOTIFICATION_LEVELS = ['danger', 'warning', 'info', 'success'] as const;

const base = {
  /** Milliseconds since the epoch. */
  t: z.number().int().nonnegative(),
  screen: screenSchema,
};

export const capturedEventSchema = z.discriminatedUnion('type', [
  z.object({ ...base, type: z.literal('click'), target: targetSchema }),
  z.object({ ...base, type: z.literal('navigate'), cause: z.enum(NAVIGATION_CAUSES) }),
  z.object({ ...base, type: z.literal('dialog_open'), dialog: dialogSchema }),
  z.object({ ...base, type: z.literal('dialog_close'), dialog: dialogSchema }),
  z.object({ ...base, type: z.literal('notification'), level: z.enum(NOTIFICATION_LEVELS) }),
]);

export type CapturedEvent = z.infer<typeof capturedEventSchema>;
export type CapturedEventType = CapturedEvent['type'];

/** A captured event as the local store keeps it. */
export type StoredEvent = CapturedEvent & {
  id?: number;
  /** Local session id (random). */
  session: string;
  /** Where the event is on its way to the backend. */
  sync: SyncState;
};

/**
 * `SYNC_NEW`: not yet aggregated; `SYNC_QUEUED`: in an outbox batch waiting to be sent;
 * `SYNC_SENT`: in a batch the backend acknowledged. Numbers, because IndexedDB cannot index
 * booleans.
 */
export const SYNC_NEW = 0;
export const SYNC_QUEUED = 1;
export const SYNC_SENT = 2;
export type SyncState = typeof SYNC_NEW | typeof SYNC_QUEUED | typeof SYNC_SENT;
