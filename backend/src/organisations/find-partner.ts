import type { Queryable } from '../store/index.ts';
import { hashToken } from './hash-token.ts';
import type { Organisation, Partner } from './types.ts';

/** The active partner whose read token is `token`, or null. */
export async function findPartnerByToken(db: Queryable, token: string): Promise<Partner | null> {
  const [partner] = await db.query<Partner>(
    'SELECT id, name FROM partners WHERE read_token_sha256 = $1 AND active',
    [hashToken(token)],
  );
  return partner ?? null;
}

/** The active organisations a partner may read, by id. */
export async function findPartnerOrganisations(
  db: Queryable,
  partnerId: string,
): Promise<Organisation[]> {
  return db.query<Organisation>(
    `SELECT o.id, o.name
       FROM partner_organisations p
       JOIN organisations o ON o.id = p.org_id AND o.active
      WHERE p.partner_id = $1
      ORDER BY o.id`,
    [partnerId],
  );
}
