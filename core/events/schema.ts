import { z } from 'zod';

import { dialogSchema, screenSchema, technicalName } from '../screen/schema.ts';

/**
 * Events as the content script captures them: a technical description of one interaction and the
 * screen at that moment. Nothing here can hold a field value or a record name: free text is
 * limited to button and menu labels, which Odoo's views define, not users.
 */

/** What kind of element an interaction landed on. */
export const TARGET_ROLES = [
  /** A highlighted button: form header (`btn-primary`) or dialog footer. */
  'primary_action',
  /** Any other object, action or special button: header, smart button, dialog footer. */
  'secondary_action',
  'statusbar_state',
  'app',
  'menu',
  /** A breadcrumb level: depth only, never its text. */
  'breadcrumb',
  'view_switcher',
  'pager',
  /** +/- buttons of a quantity. */
  'stepper',
  /** Boolean toggles and checkboxes. */
  'toggle',
  /** Priority stars. */
  'priority',
  /** A notebook page's tab. */
  'tab',
  'link',
  /** A field widget; `name` is the field name, `widget` its widget type. */
  'field',
  /** A list row or a kanban card ("open record"). */
  'record',
  /** The backdrop around a dialog. */
  'dialog_backdrop',
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
  /**
   * The technical name of the target: a button's `name`, a field's `name`, a notebook page's
   * `name`, the view type of a view switcher button, `next`/`previous` for a pager.
   */
  name: technicalName.nullable().default(null),
  /** `object`, `action` or the button's `special` (`cancel`, `save`). */
  buttonType: technicalName.nullable().default(null),
  /** A field's widget type (`many2one`, `monetary`, ...). */
  widget: technicalName.nullable().default(null),
  /** The menu's `data-menu-xmlid`. */
  menu: technicalName.nullable().default(null),
  /** The statusbar state's `data-value`. */
  state: technicalName.nullable().default(null),
  /** Breadcrumb levels back from the current one (1 = the parent). */
  depth: z.number().int().min(0).max(50).nullable().default(null),
  /** Label of a button or menu; never set for records, fields, links or breadcrumbs. */
  label: label.nullable().default(null),
  /** True when the target sits in a dialog. */
  inDialog: z.boolean().default(false),
  disabled: z.boolean().default(false),
  /** True when a blocking overlay (Odoo's block UI) covered the page. */
  covered: z.boolean().default(false),
});

export type Target = z.infer<typeof targetSchema>;

/** How the user moved: read from the click that caused the navigation, or the browser. */
export const NAVIGATION_KINDS = [
  'load',
  'app_switch',
  'menu',
  'view_switch',
  'breadcrumb',
  'browser_back',
  'record_paging',
  'open_record',
  'new_record',
  'button',
  'other',
] as const;

export const NAVIGATION_CAUSES = ['load', 'push', 'replace', 'pop'] as const;
export const NOTIFICATION_LEVELS = ['danger', 'warning', 'info', 'success'] as const;
export const FIELD_ACTIONS = ['focus', 'edit', 'clear', 'blur', 'invalid'] as const;
export const RECORD_ACTIONS = ['save', 'discard', 'autosave'] as const;
export const PAGE_STATES = [
  'loading',
  'loaded',
  'blocked',
  'unblocked',
  'hidden',
  'visible',
  'focus',
  'blur',
  /** Capture slowed itself down under a storm of DOM changes. */
  'capture_backoff',
  'capture_recovered',
] as const;
export const EXPORT_STEPS = ['dialog_open', 'sent', 'export_all'] as const;
export const IMPORT_STEPS = ['opened', 'file_chosen', 'test', 'run', 'errors'] as const;
export const DOWNLOAD_KINDS = ['print', 'report', 'export'] as const;

/**
 * What became of a hint: shown; followed (the step it pointed at was done within a minute);
 * `got_it` and `not_helpful` (the user's feedback); dismissed (Escape or the close button).
 */
export const HINT_OUTCOMES = ['shown', 'followed', 'got_it', 'not_helpful', 'dismissed'] as const;
export type HintOutcome = (typeof HINT_OUTCOMES)[number];

/**
 * Where a hint's advice came from: the user's own earlier successful attempts, the
 * organisation's hint pack, or the help text written into the golden path.
 */
export const HINT_SOURCES = ['local', 'pack', 'help'] as const;
export type HintSource = (typeof HINT_SOURCES)[number];

/** A golden path's id and a step's id, as `paths/` files spell them. */
const pathId = z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'must be a golden path id');
const stepId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a step id');

const base = {
  /** Milliseconds since the epoch. */
  t: z.number().int().nonnegative(),
  screen: screenSchema,
};

export const capturedEventSchema = z.discriminatedUnion('type', [
  z.object({ ...base, type: z.literal('click'), target: targetSchema }),
  z.object({
    ...base,
    type: z.literal('hover'),
    target: targetSchema,
    /** How long the pointer stayed on the target. */
    dwellMs: z.number().int().nonnegative(),
    /** True when the pointer left by clicking the target. */
    clicked: z.boolean(),
  }),
  z.object({
    ...base,
    type: z.literal('navigate'),
    cause: z.enum(NAVIGATION_CAUSES),
    kind: z.enum(NAVIGATION_KINDS).default('other'),
    /** Breadcrumb levels gone back, for `breadcrumb` and `browser_back`. */
    levels: z.number().int().min(0).max(50).nullable().default(null),
  }),
  z.object({
    ...base,
    type: z.literal('field'),
    action: z.enum(FIELD_ACTIONS),
    /** The field's technical `name`. */
    field: technicalName,
    widget: technicalName.nullable(),
    required: z.boolean(),
    /** Whether the field is empty after the action; never what it holds. */
    empty: z.boolean(),
  }),
  z.object({ ...base, type: z.literal('dialog_open'), dialog: dialogSchema }),
  z.object({
    ...base,
    type: z.literal('dialog_close'),
    dialog: dialogSchema,
    /** The button that closed the dialog, when one did. */
    closedBy: targetSchema.nullable().default(null),
  }),
  z.object({ ...base, type: z.literal('notification'), level: z.enum(NOTIFICATION_LEVELS) }),
  z.object({ ...base, type: z.literal('record'), action: z.enum(RECORD_ACTIONS) }),
  z.object({
    ...base,
    type: z.literal('export'),
    step: z.enum(EXPORT_STEPS),
    /** The "I want to update data (import-compatible export)" box. */
    importCompatible: z.boolean().nullable().default(null),
    format: z.enum(['xlsx', 'csv']).nullable().default(null),
    /** How many fields were chosen. */
    fields: z.number().int().nonnegative().nullable().default(null),
  }),
  z.object({
    ...base,
    type: z.literal('import'),
    step: z.enum(IMPORT_STEPS),
    /** The model being imported into. */
    model: technicalName.nullable(),
    /** Number of error messages shown, for `errors`. */
    errors: z.number().int().nonnegative().nullable().default(null),
  }),
  z.object({ ...base, type: z.literal('download'), kind: z.enum(DOWNLOAD_KINDS) }),
  z.object({ ...base, type: z.literal('page'), state: z.enum(PAGE_STATES) }),
  /**
   * The record's state changed where the user is, without a navigation: Validate made a
   * receipt `done`, Confirm made a quotation `sale`. The screen holds the new state.
   */
  z.object({
    ...base,
    type: z.literal('state'),
    /** The state before. */
    from: technicalName.nullable(),
  }),
  /** A copy to the clipboard: counted, the text is never read. */
  z.object({ ...base, type: z.literal('copy') }),
  /**
   * A click on something enabled that nothing answered: no DOM change, navigation, request,
   * focus change, download, file chooser or popup within `windowMs`. Written once that window
   * has passed; a click that got an answer writes nothing more.
   */
  z.object({
    ...base,
    type: z.literal('no_effect'),
    /** The `t` of the click it follows. */
    clickT: z.number().int().nonnegative(),
    /** How long the page was watched for an answer. */
    windowMs: z.number().int().positive(),
  }),
  /** A hint about a step of a golden path, and what became of it. */
  z.object({
    ...base,
    type: z.literal('hint'),
    outcome: z.enum(HINT_OUTCOMES),
    path: pathId,
    version: z.number().int().positive(),
    /** The step the user was at when the hint was shown. */
    step: stepId,
    /** The step the hint pointed at. */
    next: stepId.nullable(),
    source: z.enum(HINT_SOURCES),
    /** What made the hint appear: a signal's kind, or `error` after an error dialog. */
    trigger: technicalName,
  }),
  z.object({
    ...base,
    type: z.literal('shortcut'),
    /** The combination, e.g. `alt+v`; only combinations with a modifier, never typed text. */
    shortcut: z
      .string()
      .regex(/^(?:(?:alt|ctrl|meta|shift)\+)+[a-z0-9]$|^escape$/, 'must be a key combination'),
  }),
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
