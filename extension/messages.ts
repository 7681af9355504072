import { z } from 'zod';

import { signalSchema } from '../core/detect/types.ts';
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
  /** A friction signal the content script's live detectors raised on the page. */
  z.object({ type: z.literal('pathlight/signal'), signal: signalSchema }),
  /**
   * What hints on a page may draw on: whether IT has them on, the user's snooze, the user's own
   * pack and the organisation's. From Odoo pages only.
   */
  z.object({ type: z.literal('pathlight/hint-sources') }),
  /**
   * The origin's stored events from just before `before` (ms since the epoch): a page that has
   * just loaded learns which golden-path attempt the user is in. From Odoo pages only.
   */
  z.object({
    type: z.literal('pathlight/recent-events'),
    before: z.number().int().nonnegative(),
  }),
  /** Snoozes hints for a day: the hint's own button. From Odoo pages only. */
  z.object({ type: z.literal('pathlight/snooze-hints') }),
  z.object({ type: z.literal('pathlight/sync-now') }),
  z.object({ type: z.literal('pathlight/status') }),
  /** Counts and the latest events, for the options page. Extension pages only. */
  z.object({ type: z.literal('pathlight/stored-overview') }),
  /**
   * One part of the store as a trace (JSON Lines): start with `after: null`, then pass the
   * reply's `next` until it is null. Extension pages only.
   */
  z.object({
    type: z.literal('pathlight/export'),
    after: z.number().int().nonnegative().nullable(),
  }),
  /** Deletes everything stored, the outbox included. Extension pages only. */
  z.object({ type: z.literal('pathlight/delete-all'), confirm: z.literal(true) }),
]);

/** Messages that read or delete the whole store: refused from web pages and content scripts. */
export const EXTENSION_PAGE_MESSAGES: ReadonlySet<Message['type']> = new Set([
  'pathlight/stored-overview',
  'pathlight/export',
  'pathlight/delete-all',
]);

export type Message = z.infer<typeof messageSchema>;

/** The answer to every message. */
export type Reply<T = unknown> =
  { ok: true; value: T } | { ok: false; error: { code: string; message: string } };
