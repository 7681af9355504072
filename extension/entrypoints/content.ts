import browser from 'webextension-polyfill';
import { defineContentScript } from 'wxt/utils/define-content-script';

import { recognise } from '../../core/recognise/index.ts';
import { fetchIdentity } from '../capture/fetch-identity.ts';
import { isOdooWebClient, startCapture } from '../capture/start-capture.ts';
import { readConfig } from '../config/load-config.ts';
import { createLiveDetector } from '../detect/live-detector.ts';
import { startHints } from '../hints/start-hints.ts';
import { logger } from '../logger.ts';
import type { Message, Reply } from '../messages.ts';

export default defineContentScript({
  // Odoo runs on any host; the background checks the host against the organisation's policy.
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    if (!isOdooWebClient(document)) return;

    // Detection starts with the defaults and takes IT's thresholds as soon as they are read.
    let live = createLiveDetector();
    void readConfig()
      .then(({ config }) => {
        if (config.detectorThresholds) {
          live = createLiveDetector({ thresholds: config.detectorThresholds });
        }
      })
      .catch((error: unknown) => logger.debug('settings unreadable', error));

    const request = (message: Message) => browser.runtime.sendMessage(message) as Promise<Reply>;
    const send = (message: Message) =>
      void request(message)
        .then((reply) => {
          if (!reply.ok) logger.debug(`${message.type} refused`, reply.error);
        })
        .catch((error: unknown) => logger.debug('background unreachable', error));

    const identity = fetchIdentity(location.origin);
    const hints = startHints({
      doc: document,
      request,
      identity,
      screen: () => recognise(location.href, document),
    });

    const stop = startCapture(document, {
      identity,
      sink(event, who) {
        send({ type: 'pathlight/capture', event, identity: who });
        // The hint engine sees the event before the signals it raises: they are about it.
        hints.push(event);
        for (const signal of live.push(event)) {
          send({ type: 'pathlight/signal', signal });
          hints.signal(signal);
        }
      },
    });
    ctx.onInvalidated(() => {
      stop();
      hints.dispose();
    });
  },
});
