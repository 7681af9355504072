import { z } from 'zod';

import { technicalName } from '../screen/schema.ts';

/**
 * The golden-path format: one JSON file per path under `paths/`, written and versioned by hand.
 * Every message below says what to write instead, because the person reading it is a partner
 * editing a file, not a developer reading a stack trace.
 */

/** One technical name, or a list of them of which any may match. */
const names = (example: string) => {
  const message = `must be a technical name such as "${example}", or a list of them`;
  // The rule of `technicalName`, with a message that shows an example.
  const name = z
    .string(message)
    .min(1, message)
    .max(128, message)
    .regex(/^[\w.:\- ]+$/, message);
  return z.union([name, z.array(name).min(1)], { error: message });
};

/** The event types a step can wait for, optionally with their step: `import:run`. */
export const STEP_EVENTS = [
  'import:opened',
  'import:file_chosen',
  'import:test',
  'import:run',
  'import:errors',
  'export:dialog_open',
  'export:sent',
  'export:export_all',
  'record:save',
  'record:discard',
  'download:print',
  'download:report',
] as const;

/**
 * What a step looks for. Screen keys (`app`, `model`, `viewType`, `state`, `dialog`, `menu`)
 * describe where the user is; action keys (`button`, `field`, `event`) describe what they did
 * there. All keys given must match; a list matches any of its names.
 */
export const stepMatchSchema = z
  .strictObject({
    /** The app's root menu xmlid. */
    app: names('stock.menu_stock_root').optional(),
    model: names('stock.picking').optional(),
    /** `list`, `form`, `kanban`, ... or a client action's tag such as `import`. */
    viewType: names('form').optional(),
    /** The statusbar's state key. */
    state: names('done').optional(),
    /** The model of the open wizard. */
    dialog: names('stock.backorder.confirmation').optional(),
    /** The menu the user last chose (its xmlid): tells receipts from deliveries. */
    menu: names('stock.in_picking').optional(),
    /** The technical `name` of the button clicked. */
    button: names('button_validate').optional(),
    /** The technical `name` of the field the user edited or cleared. */
    field: names('location_dest_id').optional(),
    /** A captured event, as `type:step`. */
    event: z.enum(STEP_EVENTS, { error: `must be one of ${STEP_EVENTS.join(', ')}` }).optional(),
  })
  .refine((match) => Object.keys(match).length > 0, {
    error: 'needs at least one key, such as "model" or "button"',
  });

const stepId = z
  .string({ error: 'must be a step id such as "validate"' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by -, such as "validate"');

export const pathStepSchema = z.strictObject({
  id: stepId,
  /** What the step is, in a user's words: "Validate the receipt". */
  name: z
    .string({ error: 'must be a short name for the step, such as "Validate the receipt"' })
    .min(1)
    .max(80),
  /** Help shown to a user stuck at this step. */
  help: z
    .string({ error: 'must be a sentence of help for a user stuck at this step' })
    .min(1)
    .max(400),
  /** An attempt may go past this step without it counting as skipped. */
  optional: z.boolean({ error: 'must be true or false' }).default(false),
  /** Coming back to this step several times is normal here, not a loop. */
  repeatable: z.boolean({ error: 'must be true or false' }).default(false),
  match: stepMatchSchema,
  /**
   * The notebook page (its `name`, e.g. `operations`) that holds the step's fields: a hint points
   * at that tab while another page is open.
   */
  tab: technicalName.optional(),
});

export const goldenPathSchema = z
  .strictObject({
    id: z
      .string({ error: 'must be a path id such as "inventory.receipt"' })
      .regex(
        /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/,
        'must be lower-case words joined by . or -, such as "inventory.receipt"',
      ),
    /** Raise it whenever the steps change: attempts are counted per version. */
    version: z.int({ error: 'must be a whole number, 1 or more' }).positive(),
    name: z
      .string({ error: 'must be the name partners know, such as "Receive goods"' })
      .min(1)
      .max(80),
    /** The Odoo module the path belongs to, e.g. `stock`. */
    module: technicalName,
    roles: z
      .array(z.string().min(1).max(40), { error: 'must be a list of roles, such as ["warehouse"]' })
      .min(1),
    odooVersions: z
      .array(z.int().min(16).max(99), {
        error: 'must be a list of Odoo versions, such as [16, 17, 18]',
      })
      .min(1),
    description: z.string().max(400).optional(),
    /** An attempt still open after this long is counted as abandoned. */
    maxDurationMinutes: z
      .number({ error: 'must be a number of minutes' })
      .positive()
      .max(1440)
      .default(60),
    /** The step whose entry completes an attempt; the last step when left out. */
    success: z.strictObject({ step: stepId }).optional(),
    steps: z.array(pathStepSchema, { error: 'must be a list of steps' }).min(2, {
      error: 'needs at least two steps: where the job starts and where it is done',
    }),
  })
  .superRefine((path, ctx) => {
    const seen = new Set<string>();
    path.steps.forEach((step, index) => {
      if (seen.has(step.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['steps', index, 'id'],
          message: `"${step.id}" is used by an earlier step: give each step its own id`,
        });
      }
      seen.add(step.id);
    });
    if (path.success && !seen.has(path.success.step)) {
      ctx.addIssue({
        code: 'custom',
        path: ['success', 'step'],
        message: `"${path.success.step}" is not a step of this path: use one of ${[...seen].join(', ')}`,
      });
    }
    if (path.steps.every((step) => step.optional)) {
      ctx.addIssue({
        code: 'custom',
        path: ['steps'],
        message: 'every step is optional: make at least one step required',
      });
    }
  });

export type GoldenPath = z.infer<typeof goldenPathSchema>;
export type PathStep = z.infer<typeof pathStepSchema>;
export type StepMatch = z.infer<typeof stepMatchSchema>;
export type StepEvent = (typeof STEP_EVENTS)[number];
