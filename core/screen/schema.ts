import { z } from 'zod';

import { DIALOG_KINDS } from './types.ts';

/** A technical Odoo name: model, xmlid, view type, state key or button name. */
export const technicalName = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[\w.:\- ]+$/, 'must be a technical name (letters, digits, _ . : - and spaces)');

export const dialogSchema = z.object({
  kind: z.enum(DIALOG_KINDS),
  model: technicalName.nullable(),
});

export const screenSchema = z.object({
  version: z.number().int().min(16).max(99).nullable(),
  app: technicalName.nullable(),
  model: technicalName.nullable(),
  viewType: technicalName.nullable(),
  state: technicalName.nullable(),
  dialog: dialogSchema.nullable(),
});
