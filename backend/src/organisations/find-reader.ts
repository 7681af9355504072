import type { Queryable } from '../store/index.ts';
import { findOrganisationByToken } from './find-organisation.ts';
import { findPartnerByToken, findPartnerOrganisations } from './find-partner.ts';
import type { Organisation, Partner } from './types.ts';

/**
 * Who holds a read token, and what it may read: an organisation's own read token reads that
 * organisation; a partner's reads the active organisations listed for it, by id.
 */
export type Reader =
  | { kind: 'organisation'; org: Organisation; organisations: Organisation[] }
  | { kind: 'partner'; partner: Partner; organisations: Organisation[] };

/** The holder of the read token `token`, or null when no active organisation or partner has it. */
export async function findReaderByToken(db: Queryable, token: string): Promise<Reader | null> {
  const org = await findOrganisationByToken(db, 'read', token);
  if (org) return { kind: 'organisation', org, organisations: [org] };

  const partner = await findPartnerByToken(db, token);
  if (!partner) return null;
  return {
    kind: 'partner',
    partner,
    organisations: await findPartnerOrganisations(db, partner.id),
  };
}
