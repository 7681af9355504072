import { z } from 'zod';

import { FLOW_ID, STEP_ID, TECHNICAL_NAME } from '../sync/row-names.ts';

/**
 * A hint pack: what colleagues who got a job done did at each step of each golden path, so that
 * a stuck user can be shown the step most of them took next. The backend builds one per
 * organisation from its attempts and serves it to the extensions; an extension builds its own
 * from the user's earlier attempts. Only counts and technical names: no user, session or record.
 */

export const HINT_PACK_FORMAT = 'pathlight-hint-pack';

const count = z.number().int().min(0);
const stepId = z.string().regex(STEP_ID, 'must be a step id such as validate');
const name = z.string().max(128).regex(TECHNICAL_NAME, 'must be a technical name');

/** One way colleagues went on from a step, with the step after that when there was one. */
export const packNextSchema = z.strictObject({
  step: stepId,
  then: stepId.nullable(),
  /** Completed attempts that went this way. */
  attempts: count,
  users: count,
});

/** How colleagues got past an error at a step: the field they changed before trying again. */
export const packFixSchema = z.strictObject({
  kind: name,
  button: name,
  fix: name,
  /** Completed attempts that met the error and fixed it there. */
  attempts: count,
  /** Completed attempts that met the error at this step, whatever they changed. */
  of: count,
  users: count,
});

export const packStepSchema = z.strictObject({
  step: stepId,
  /** Completed attempts that reached the step. */
  completed: count,
  users: count,
  /** Most frequent first. */
  next: z.array(packNextSchema),
  fixes: z.array(packFixSchema),
});

export const packPathSchema = z.strictObject({
  path: z.string().regex(FLOW_ID, 'must be a golden path id'),
  version: z.number().int().positive(),
  steps: z.array(packStepSchema),
});

/**
 * The same error on the same button at the same step, met by several users on several days:
 * a problem to report, not something each user did wrong.
 */
export const packIncidentSchema = z.strictObject({
  path: z.string().regex(FLOW_ID, 'must be a golden path id'),
  step: stepId,
  kind: name,
  button: name,
  users: count,
  attempts: count,
  days: count,
  /** The first day it was seen, `YYYY-MM-DD`. */
  since: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});

export const hintPackSchema = z.strictObject({
  format: z.literal(HINT_PACK_FORMAT),
  /** When it was built, ms since the epoch. */
  generatedAt: z.number().int().nonnegative(),
  /** Groups of fewer users than this were left out. */
  minUsers: z.number().int().min(1),
  paths: z.array(packPathSchema),
  incidents: z.array(packIncidentSchema),
});

export type HintPack = z.infer<typeof hintPackSchema>;
export type PackPath = z.infer<typeof packPathSchema>;
export type PackStep = z.infer<typeof packStepSchema>;
export type PackNext = z.infer<typeof packNextSchema>;
export type PackFix = z.infer<typeof packFixSchema>;
export type PackIncident = z.infer<typeof packIncidentSchema>;
