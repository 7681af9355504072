import { buildHintPack, type HintPack } from '../../../core/hints/index.ts';
import { lastDays, loadAttempts } from '../analysis-data/index.ts';
import type { OrganisationSettings } from '../organisations/index.ts';
import type { Queryable } from '../store/index.ts';

/**
 * An organisation's hint pack: built from its attempts of the last `hintWindowDays` days, with
 * every figure resting on at least `minGroupUsers` users.
 */
export async function loadHintPack(
  db: Queryable,
  orgId: string,
  settings: OrganisationSettings,
  now: number,
): Promise<HintPack> {
  const attempts = await loadAttempts(db, orgId, lastDays(now, settings.hintWindowDays));
  return buildHintPack(attempts, { minUsers: settings.minGroupUsers, now });
}
