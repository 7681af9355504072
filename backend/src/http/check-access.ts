import {
  findOrganisation,
  findOrganisationByToken,
  type Organisation,
  type TokenKind,
} from '../organisations/index.ts';
import type { Queryable } from '../store/index.ts';

/** Whether a token grants what a request asks; on refusal, the status, code and message. */
export type AccessResult =
  | { ok: true; org: Organisation }
  | {
      ok: false;
      status: 401 | 403 | 404;
      code: 'missing_token' | 'invalid_token' | 'wrong_org' | 'unknown_org';
      message: string;
    };

const OTHER_KIND: Record<TokenKind, TokenKind> = { ingest: 'read', read: 'ingest' };

const HOW_TO_SEND: Record<TokenKind, string> = {
  ingest: 'Send "Authorization: Bearer <ingest token>" as set in the extension\'s managed policy.',
  read: 'Send "Authorization: Bearer <read token>" or add ?token=<read token> to the URL.',
};

/** Checks an ingest token: it must be the ingest token of an active organisation. */
export async function checkIngestAccess(
  db: Queryable,
  token: string | null,
): Promise<AccessResult> {
  return checkToken(db, 'ingest', token);
}

/** Checks a read token for organisation `orgId`: it must be that organisation's read token. */
export async function checkReadAccess(
  db: Queryable,
  token: string | null,
  orgId: string,
): Promise<AccessResult> {
  const access = await checkToken(db, 'read', token);
  if (!access.ok || access.org.id === orgId) return access;

  // Only a caller holding some organisation's read token learns whether `orgId` exists.
  if (!(await findOrganisation(db, orgId))) {
    return {
      ok: false,
      status: 404,
      code: 'unknown_org',
      message: `There is no organisation "${orgId}". Check the organisation id in the URL.`,
    };
  }
  return {
    ok: false,
    status: 403,
    code: 'wrong_org',
    message:
      `This read token belongs to organisation "${access.org.id}", not "${orgId}". ` +
      `Use the read token of "${orgId}".`,
  };
}

async function checkToken(
  db: Queryable,
  kind: TokenKind,
  token: string | null,
): Promise<AccessResult> {
  if (!token) {
    return {
      ok: false,
      status: 401,
      code: 'missing_token',
      message: `No ${kind} token was sent. ${HOW_TO_SEND[kind]}`,
    };
  }

  const org = await findOrganisationByToken(db, kind, token);
  if (org) return { ok: true, org };

  // Saying which token was sent instead saves an operator a long hunt; it reveals nothing to
  // someone who does not already hold that token.
  const other = OTHER_KIND[kind];
  const mixedUp = await findOrganisationByToken(db, other, token);
  const why = mixedUp
    ? `It is the ${other} token of an organisation; this endpoint needs its ${kind} token.`
    : `It is not the ${kind} token of any organisation (or the organisation was removed).`;
  return {
    ok: false,
    status: 401,
    code: 'invalid_token',
    message: `The ${kind} token was refused. ${why} ${HOW_TO_SEND[kind]}`,
  };
}
