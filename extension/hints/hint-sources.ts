import type { Config } from '../config/schema.ts';
import type { PathlightDb } from '../store/db.ts';
import type { HintStorage } from './hint-storage.ts';
import { buildLocalPack } from './local-pack.ts';
import type { HintSources } from './types.ts';

/**
 * The answer to `pathlight/hint-sources`: whether hints are on (IT's `hints` setting), the
 * user's snooze, and the two packs hints draw on. Packs are left out when hints cannot show.
 */
export async function readHintSources(
  db: PathlightDb,
  storage: HintStorage,
  config: Pick<Config, 'hints'>,
  now: number,
): Promise<HintSources> {
  if (!config.hints) return { enabled: false, snoozedUntil: null, local: null, pack: null };

  const until = await storage.readSnoozedUntil();
  if (until !== null && until > now) {
    return { enabled: true, snoozedUntil: until, local: null, pack: null };
  }
  const [local, cached] = await Promise.all([buildLocalPack(db, now), storage.readPack()]);
  return { enabled: true, snoozedUntil: null, local, pack: cached?.pack ?? null };
}
