import type { Queryable } from '../store/index.ts';
import type { OrganisationConfig, OrganisationSettings } from './types.ts';

/**
 * What an organisation gets when its `settings` leave a field out. Three users is the smallest
 * group in which a figure cannot be read back to one colleague by the other two; four weeks
 * cover a monthly close without letting a changed golden path linger for long.
 */
export const DEFAULT_SETTINGS: Readonly<OrganisationSettings> = {
  minGroupUsers: 3,
  hintWindowDays: 28,
};

/** The settings of an organisation from the file, with the defaults filled in. */
export function resolveSettings(org: Pick<OrganisationConfig, 'settings'>): OrganisationSettings {
  return {
    minGroupUsers: org.settings?.minGroupUsers ?? DEFAULT_SETTINGS.minGroupUsers,
    hintWindowDays: org.settings?.hintWindowDays ?? DEFAULT_SETTINGS.hintWindowDays,
  };
}

/** The stored settings of an active organisation, or null when there is none with this id. */
export async function loadOrganisationSettings(
  db: Queryable,
  orgId: string,
): Promise<OrganisationSettings | null> {
  const [row] = await db.query<{ min_group_users: number; hint_window_days: number }>(
    `SELECT min_group_users, hint_window_days FROM organisations WHERE id = $1 AND active`,
    [orgId],
  );
  if (!row) return null;
  return { minGroupUsers: row.min_group_users, hintWindowDays: row.hint_window_days };
}
