import browser, { type Runtime } from 'webextension-polyfill';
import { defineBackground } from 'wxt/utils/define-background';

import { handleMessage, type BackgroundContext } from '../background/handle-message.ts';
import { pruneStore } from '../background/prune-store.ts';
import { LOCAL_CONFIG_KEY, loadConfig, type LoadedConfig } from '../config/load-config.ts';
import { createHintStorage } from '../hints/hint-storage.ts';
import { packIsStale, refreshHintPack } from '../hints/refresh-hint-pack.ts';
import { logger } from '../logger.ts';
import { PathlightDb } from '../store/db.ts';
import { syncNow } from '../sync/sync-now.ts';

const SYNC_ALARM = 'pathlight-sync';

/** Fetches the organisation's hint pack once a day. */
const HINT_PACK_ALARM = 'pathlight-hint-pack';
const HINT_PACK_PERIOD_MINUTES = 24 * 60;

export default defineBackground(() => {
  const db = new PathlightDb();
  let loaded: Promise<LoadedConfig> | null = null;
  const config = () => (loaded ??= loadConfig());
  const hints = createHintStorage(browser.storage.local);
  const context: BackgroundContext = {
    db,
    config,
    hints,
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

  async function refreshHints(): Promise<void> {
    try {
      const report = await refreshHintPack((await config()).config, hints, Date.now());
      logger.debug('hint pack', report);
    } catch (error) {
      logger.error('refreshing the hint pack failed [hint_pack_failed]', error);
    }
  }

  /**
   * The daily alarm is created once (creating it again on every wake of the worker would push
   * it back each time); a missing or day-old pack is fetched at once.
   */
  async function scheduleHintPack(): Promise<void> {
    if (!(await browser.alarms.get(HINT_PACK_ALARM))) {
      await browser.alarms.create(HINT_PACK_ALARM, { periodInMinutes: HINT_PACK_PERIOD_MINUTES });
    }
    if (await packIsStale(hints, Date.now())) await refreshHints();
  }

  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
    handleMessage(context, message, sender).catch((error: unknown) => {
      logger.error('message failed', error);
      return { ok: false, error: { code: 'internal_error', message: String(error) } };
    }),
  );

  browser.storage.onChanged.addListener((changes, area) => {
    // The hint pack and the snooze live in `storage.local` too; only the settings matter here.
    if (area !== 'managed' && !(area === 'local' && LOCAL_CONFIG_KEY in changes)) return;
    loaded = null;
    void scheduleSync();
    // A new backend or token: its pack, not the old one's.
    void refreshHints();
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === HINT_PACK_ALARM) {
      void refreshHints();
      return;
    }
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
  void scheduleHintPack();
});
