import type { Browser, CDPSession, Target } from 'puppeteer-core';

/**
 * Records every request made in a browser through the DevTools protocol: each page, service
 * worker and extension page gets its own CDP session with `Network.enable`. A request counts as
 * the extension's when its target is an extension page or worker, or when a script of the
 * extension (a content script) started it; page requests are kept too, marked as the page's.
 */

export interface RecordedRequest {
  /** `page`, `service_worker`, ... and the target's URL when the request started. */
  target: string;
  method: string;
  url: string;
  /** The request body, when it has one. */
  postData: string | null;
  /** True when the extension made the request (see above). */
  fromExtension: boolean;
}

export interface NetworkRecording {
  /** Starts recording a target now, if it is not recorded yet; resolves once it is. */
  attach(target: Target): Promise<void>;
  /** Every request seen so far, bodies included. */
  requests(): Promise<RecordedRequest[]>;
  stop(): Promise<void>;
}

const RECORDED_TYPES = new Set(['page', 'service_worker', 'shared_worker', 'background_page']);

/** Starts recording the browser's current and future targets. */
export async function recordNetwork(
  browser: Browser,
  extensionId: string,
): Promise<NetworkRecording> {
  const extensionOrigin = `chrome-extension://${extensionId}`;
  const sessions = new Map<Target, Promise<CDPSession | null>>();
  const pending: Promise<RecordedRequest>[] = [];

  const listen = async (target: Target): Promise<CDPSession | null> => {
    const session = await target.createCDPSession().catch(() => null);
    if (!session) return null;

    session.on('Network.requestWillBeSent', (event) => {
      const fromExtension =
        target.url().startsWith(extensionOrigin) ||
        initiatorUrls(event.initiator).some((url) => url.startsWith(extensionOrigin));
      const request: Omit<RecordedRequest, 'postData'> = {
        target: `${target.type()} ${target.url()}`,
        method: event.request.method,
        url: event.request.url,
        fromExtension,
      };
      pending.push(withBody(session, event.requestId, event.request, request));
    });
    // A target that closes while being attached is simply not recorded.
    const enabled = await session.send('Network.enable').then(
      () => true,
      () => false,
    );
    return enabled ? session : null;
  };

  const attach = async (target: Target) => {
    if (!RECORDED_TYPES.has(target.type())) return;
    if (!sessions.has(target)) sessions.set(target, listen(target));
    await sessions.get(target);
  };
  const onTarget = (target: Target) => void attach(target);

  browser.on('targetcreated', onTarget);
  await Promise.all(browser.targets().map(attach));

  return {
    attach,
    requests: () => Promise.all(pending),
    async stop() {
      browser.off('targetcreated', onTarget);
      const open = await Promise.all(sessions.values());
      await Promise.all(open.map((session) => session?.detach().catch(() => {})));
    },
  };
}

interface ProtocolRequest {
  method: string;
  url: string;
  postData?: string;
  hasPostData?: boolean;
}

/** The body comes with the event when small; larger ones must be asked for while alive. */
async function withBody(
  session: CDPSession,
  requestId: string,
  request: ProtocolRequest,
  recorded: Omit<RecordedRequest, 'postData'>,
): Promise<RecordedRequest> {
  if (request.postData !== undefined || !request.hasPostData) {
    return { ...recorded, postData: request.postData ?? null };
  }
  const body = await session
    .send('Network.getRequestPostData', { requestId })
    .then(({ postData }) => postData)
    .catch(() => '(body not available)');
  return { ...recorded, postData: body };
}

interface Initiator {
  url?: string;
  stack?: StackTrace;
}

interface StackTrace {
  callFrames: { url: string }[];
  parent?: StackTrace;
}

/** Every script URL in the initiator and its async stack. */
function initiatorUrls(initiator: Initiator): string[] {
  const urls = initiator.url ? [initiator.url] : [];
  for (let stack = initiator.stack; stack; stack = stack.parent) {
    urls.push(...stack.callFrames.map((frame) => frame.url));
  }
  return urls;
}
