import browser from 'webextension-polyfill';
import { defineContentScript } from 'wxt/utils/define-content-script';

import { fetchIdentity } from '../capture/fetch-identity.ts';
import { isOdooWebClient, startCapture } from '../capture/start-capture.ts';
import { logger } from '../logger.ts';
import type { Message, Reply } from '../messages.ts';

export default defineContentScript({
  // Odoo runs on any host; the background checks the host against the organisation's policy.
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    if (!isOdooWebClient(document)) return;

    const stop = startCapture(document, {
      identity: fetchIdentity(location.origin),
      sink(event, identity) {
        const message: Message = { type: 'pathlight/capture', event, identity };
        void (browser.runtime.sendMessage(message) as Promise<Reply>)
          .then((reply) => {
            if (!reply.ok) logger.debug('event refused', reply.error);
          })
          .catch((error: unknown) => logger.debug('background unreachable', error));
      },
    });
    ctx.onInvalidated(stop);
  },
});
