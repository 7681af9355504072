import type { Store } from '../store/index.ts';
import { hashToken } from './hash-token.ts';
import type { OrganisationConfig } from './types.ts';

/**
 * Makes the stored organisations match the organisations file: listed ones are inserted or
 * updated (name, token hashes) and active; the others are kept with their data but lose access.
 */
export async function syncOrganisations(
  store: Store,
  organisations: readonly OrganisationConfig[],
): Promise<void> {
  await store.transaction(async (tx) => {
    // Revoke every token first, then grant the listed ones: a token moved from one organisation
    // to another would otherwise collide with the old row's unique hash. The placeholders are
    // not hex, so no presented token can ever hash to one.
    await tx.query(
      `UPDATE organisations
          SET active = false,
              ingest_token_sha256 = 'revoked-ingest:' || id,
              read_token_sha256 = 'revoked-read:' || id`,
    );

    for (const org of organisations) {
      await tx.query(
        `INSERT INTO organisations (id, name, ingest_token_sha256, read_token_sha256, active)
         VALUES ($1, $2, $3, $4, true)
         ON CONFLICT (id) DO UPDATE
           SET name = EXCLUDED.name,
               ingest_token_sha256 = EXCLUDED.ingest_token_sha256,
               read_token_sha256 = EXCLUDED.read_token_sha256,
               active = true,
               updated_at = now()`,
        [org.id, org.name, hashToken(org.ingestToken), hashToken(org.readToken)],
      );
    }
  });
}
