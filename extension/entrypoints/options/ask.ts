import browser from 'webextension-polyfill';

import type { Message, Reply } from '../../messages.ts';

/** Sends one message to the background; a refusal becomes an error carrying its code. */
export async function ask<T>(message: Message): Promise<T> {
  const reply = (await browser.runtime.sendMessage(message)) as Reply<T>;
  if (!reply.ok) throw new Error(`${reply.error.message} [${reply.error.code}]`);
  return reply.value;
}

/** The message of an error thrown by `ask`, or of anything else thrown. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
