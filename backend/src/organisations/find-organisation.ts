import type { Queryable } from '../store/index.ts';
import { hashToken } from './hash-token.ts';
import type { Organisation, TokenKind } from './types.ts';

const TOKEN_COLUMN: Record<TokenKind, string> = {
  ingest: 'ingest_token_sha256',
  read: 'read_token_sha256',
};

/** The active organisation whose `kind` token is `token`, or null. */
export async function findOrganisationByToken(
  db: Queryable,
  kind: TokenKind,
  token: string,
): Promise<Organisation | null> {
  const [org] = await db.query<Organisation>(
    `SELECT id, name FROM organisations WHERE ${TOKEN_COLUMN[kind]} = $1 AND active`,
    [hashToken(token)],
  );
  return org ?? null;
}

/** The active organisation with this id, or null. */
export async function findOrganisation(db: Queryable, id: string): Promise<Organisation | null> {
  const [org] = await db.query<Organisation>(
    'SELECT id, name FROM organisations WHERE id = $1 AND active',
    [id],
  );
  return org ?? null;
}
