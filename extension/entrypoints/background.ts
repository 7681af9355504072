import browser, { type Runtime } from 'webextension-polyfill';
import { defineBackground } from 'wxt/utils/define-background';

import { handleMessage, type BackgroundContext } from '../background/handle-message.ts';
import { pruneStore } from '../background/prune-store.ts';
import { loadConfig, type LoadedConfig } from '../config/load-config.ts';
import { logger } from '../logger.ts';
import { PathlightDb } from '../store/db.ts';
import { syncNow } from '../sync/sync-now.ts';

const SYNC_ALARM = 'pathlight-sync';

export default defineBackground(() => {
  const db = new PathlightDb();
  let loaded: Promise<LoadedConfig> | null = null;
  const config = () => (loaded ??= loadConfig());
  const context: BackgroundContext = {
    db,
    config,
    client: `pathlight-extension/${browser.runtime.getManifest().version}`,
  };

  async function scheduleSync(): Promise<void> {
    const { config: current } = await config();
    await browser.alarms.create(SYNC_ALARM, { periodInMinutes: current.syncIntervalMinutes });
  }

  async function prune(): Promise<void> {
    try {
      await pruneStore(db, (await config()).config);
    } catch (error) {
      logger.error('pruning the store failed [prune_failed]', error);
    }
  }

  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
    handleMessage(context, message, sender).catch((error: unknown) => {
      logger.error('message failed', error);
      return { ok: false, error: { code: 'internal_error', message: String(error) } };
    }),
  );

  browser.storage.onChanged.addListener((_changes, area) => {
    if (area !== 'managed' && area !== 'local') return;
    loaded = null;
    void scheduleSync();
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== SYNC_ALARM) return;
    // Pruning after the sync, which may just have marked events sent, and even if it failed.
    void config()
      .then(({ config: current }) => syncNow(db, current, context.client))
      .then((report) => logger.debug('sync', report))
      .catch((error: unknown) => logger.error('sync failed', error))
      .finally(prune);
  });

  // Browser start and install or update: a store left over from a long break is trimmed before
  // the first alarm. Not on every wake of the service worker, which Chrome stops when idle.
  browser.runtime.onStartup.addListener(() => void prune());
  browser.runtime.onInstalled.addListener(() => void prune());

  void scheduleSync();
});
