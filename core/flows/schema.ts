import { z } from 'zod';

import { technicalName } from '../screen/schema.ts';

/** What a step of a golden path looks for on a screen or in a click. */
export const stepMatchSchema = z
  .object({
    app: technicalName.optional(),
    model: technicalName.optional(),
    viewType: technicalName.optional(),
    state: technicalName.optional(),
    /** The `name` of the button clicked. */
    button: technicalName.optional(),
    /** The model of the open wizard. */
    dialog: technicalName.optional(),
  })
  .strict()
  .refine((m) => Object.keys(m).length > 0, 'a step must match on at least one key');

export const goldenPathSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'use lower-case words joined by . or -'),
    version: z.number().int().positive(),
    name: z.string().min(1).max(80),
    module: technicalName,
    roles: z.array(z.string().min(1)).min(1),
    odooVersions: z.array(z.number().int().min(16)).min(1),
    steps: z
      .array(
        z
          .object({
            id: z.string().min(1),
            optional: z.boolean().default(false),
            match: stepMatchSchema,
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export type GoldenPath = z.infer<typeof goldenPathSchema>;
export type StepMatch = z.infer<typeof stepMatchSchema>;
