import type { StoredEvent } from '../../core/events/schema.ts';
import { waitFor, type LaunchedBrowser } from './launch.ts';

/** How long no new event must arrive before the store counts as settled. */
export const SETTLE_QUIET_MS = 500;

/**
 * The stored events once none has arrived for `SETTLE_QUIET_MS`: the last click of a flow can
 * still be on its way from the page to the background when the flow's final wait returns.
 */
export async function settledEvents(
  launched: LaunchedBrowser,
  timeoutMs = 15_000,
): Promise<StoredEvent[]> {
  let count = -1;
  await waitFor(
    async () => {
      const previous = count;
      count = (await launched.readEvents()).length;
      await new Promise((resolve) => setTimeout(resolve, SETTLE_QUIET_MS));
      return count === previous;
    },
    timeoutMs,
    'the event store to settle',
  );
  return launched.readEvents();
}
