import { z } from 'zod';

import { capturedEventSchema } from '../core/events/schema.ts';

/**
 * Messages the background accepts from content scripts and the options page. Every message is
 * parsed here before use: a page can be compromised, so nothing it sends is trusted as typed.
 */

/** Who the user is, as the Odoo session says; turned into a pseudonym in the background. */
export const identitySchema = z.object({
  database: z.string().min(1).max(256),
  uid: z.number().int().nonnegative(),
});

export type Identity = z.infer<typeof identitySchema>;

export const messageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('pathlight/capture'),
    event: capturedEventSchema,
    identity: identitySchema.nullable(),
  }),
  z.object({ type: z.literal('pathlight/sync-now') }),
  z.object({ type: z.literal('pathlight/status') }),
]);

export type Message = z.infer<typeof messageSchema>;

/** The answer to every message. */
export type Reply<T = unknown> =
  { ok: true; value: T } | { ok: false; error: { code: string; message: string } };
