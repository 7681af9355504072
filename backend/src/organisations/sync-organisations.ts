import type { Store } from '../store/index.ts';
import { hashToken } from './hash-token.ts';
import { resolveSettings } from './organisation-settings.ts';
import type { OrganisationConfig, PartnerConfig } from './types.ts';

/**
 * Makes the stored organisations and partners match the organisations file: listed ones are
 * inserted or updated (name, token hashes, settings, what a partner may read) and active; the
 * others are kept, an organisation with its data, but lose access.
 */
export async function syncOrganisations(
  store: Store,
  organisations: readonly OrganisationConfig[],
  partners: readonly PartnerConfig[] = [],
): Promise<void> {
  await store.transaction(async (tx) => {
    // Revoke every token first, then grant the listed ones: a token moved from one holder to
    // another would otherwise collide with the old row's unique hash. The placeholders are not
    // hex, so no presented token can ever hash to one.
    await tx.query(
      `UPDATE organisations
          SET active = false,
              ingest_token_sha256 = 'revoked-ingest:' || id,
              read_token_sha256 = 'revoked-read:' || id`,
    );
    await tx.query(`UPDATE partners SET active = false, read_token_sha256 = 'revoked-read:' || id`);
    await tx.query('DELETE FROM partner_organisations');

    for (const org of organisations) {
      const settings = resolveSettings(org);
      await tx.query(
        `INSERT INTO organisations
           (id, name, ingest_token_sha256, read_token_sha256, min_group_users, hint_window_days,
            active)
         VALUES ($1, $2, $3, $4, $5, $6, true)
         ON CONFLICT (id) DO UPDATE
           SET name = EXCLUDED.name,
               ingest_token_sha256 = EXCLUDED.ingest_token_sha256,
               read_token_sha256 = EXCLUDED.read_token_sha256,
               min_group_users = EXCLUDED.min_group_users,
               hint_window_days = EXCLUDED.hint_window_days,
               active = true,
               updated_at = now()`,
        [
          org.id,
          org.name,
          hashToken(org.ingestToken),
          hashToken(org.readToken),
          settings.minGroupUsers,
          settings.hintWindowDays,
        ],
      );
    }

    for (const partner of partners) {
      await tx.query(
        `INSERT INTO partners (id, name, read_token_sha256, active)
         VALUES ($1, $2, $3, true)
         ON CONFLICT (id) DO UPDATE
           SET name = EXCLUDED.name,
               read_token_sha256 = EXCLUDED.read_token_sha256,
               active = true,
               updated_at = now()`,
        [partner.id, partner.name, hashToken(partner.readToken)],
      );
      await tx.query(
        `INSERT INTO partner_organisations (partner_id, org_id)
         SELECT $1::text, org_id FROM unnest($2::text[]) AS listed (org_id)
         ON CONFLICT DO NOTHING`,
        [partner.id, partner.organisations],
      );
    }
  });
}
