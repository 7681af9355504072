import {
  findOrganisation,
  findOrganisationByToken,
  findPartnerByToken,
  findReaderByToken,
  type Organisation,
  type Reader,
  type TokenKind,
} from '../organisations/index.ts';
import type { Queryable } from '../store/index.ts';
import { API_ERRORS } from './api-errors.ts';

/** Why a token was refused: the status, the stable code and a message saying what to send. */
export interface AccessRefusal {
  ok: false;
  status: 401 | 403 | 404;
  code: 'missing_token' | 'invalid_token' | 'wrong_org' | 'unknown_org';
  message: string;
  /** For `invalid_token`: what the token is instead, e.g. "It is the ingest token of …". */
  why?: string;
}

/** Whether a token grants access to one organisation. */
export type AccessResult = { ok: true; org: Organisation } | AccessRefusal;

/** Whether a token is a read token, and whose. */
export type ReaderResult = { ok: true; reader: Reader } | AccessRefusal;

const HOW_TO_SEND: Record<TokenKind, string> = {
  ingest: 'Send "Authorization: Bearer <ingest token>" as set in the extension\'s managed policy.',
  read: 'Send "Authorization: Bearer <read token>" or add ?token=<read token> to the URL.',
};

/** Checks an ingest token: it must be the ingest token of an active organisation. */
export async function checkIngestAccess(
  db: Queryable,
  token: string | null,
): Promise<AccessResult> {
  if (!token) return missingToken('ingest');

  const org = await findOrganisationByToken(db, 'ingest', token);
  if (org) return { ok: true, org };
  return invalidToken('ingest', await describeMixUp(db, 'ingest', token));
}

/**
 * Checks a read token: an organisation's own read token or a partner's. Answers who holds it and
 * which organisations it may read.
 */
export async function checkReader(db: Queryable, token: string | null): Promise<ReaderResult> {
  if (!token) return missingToken('read');

  const reader = await findReaderByToken(db, token);
  if (reader) return { ok: true, reader };
  return invalidToken('read', await describeMixUp(db, 'read', token));
}

/** Checks a read token for organisation `orgId`: it must be allowed to read that organisation. */
export async function checkReadAccess(
  db: Queryable,
  token: string | null,
  orgId: string,
): Promise<AccessResult> {
  const access = await checkReader(db, token);
  if (!access.ok) return access;

  const { reader } = access;
  const org = reader.organisations.find((readable) => readable.id === orgId);
  if (org) return { ok: true, org };

  // Only a caller holding a valid read token learns whether `orgId` exists.
  if (!(await findOrganisation(db, orgId))) {
    return refusal(
      'unknown_org',
      `There is no organisation "${orgId}". Check the organisation id in the URL.`,
    );
  }
  return refusal('wrong_org', wrongOrgMessage(reader, orgId));
}

function wrongOrgMessage(reader: Reader, orgId: string): string {
  if (reader.kind === 'organisation') {
    return (
      `This read token belongs to organisation "${reader.org.id}", not "${orgId}". ` +
      `Use the read token of "${orgId}".`
    );
  }
  const readable = reader.organisations.map((org) => `"${org.id}"`).join(', ') || 'none';
  return (
    `This read token belongs to partner "${reader.partner.id}", which may read ${readable}, ` +
    `not "${orgId}". Use a token that may read "${orgId}", or list "${orgId}" under the ` +
    "partner's organisations in the organisations file."
  );
}

// Saying which token was sent instead saves an operator a long hunt; it reveals nothing to
// someone who does not already hold that token.
async function describeMixUp(db: Queryable, wanted: TokenKind, token: string): Promise<string> {
  if (wanted === 'read') {
    if (await findOrganisationByToken(db, 'ingest', token)) {
      return 'It is the ingest token of an organisation; this endpoint needs a read token.';
    }
  } else {
    if (await findOrganisationByToken(db, 'read', token)) {
      return 'It is the read token of an organisation; this endpoint needs its ingest token.';
    }
    if (await findPartnerByToken(db, token)) {
      return "It is a partner's read token; this endpoint needs an organisation's ingest token.";
    }
  }
  const holders = wanted === 'read' ? 'organisation or partner' : 'organisation';
  return `It is not the ${wanted} token of any ${holders} (or its holder was removed).`;
}

function missingToken(kind: TokenKind): AccessRefusal {
  return refusal('missing_token', `No ${kind} token was sent. ${HOW_TO_SEND[kind]}`);
}

function invalidToken(kind: TokenKind, why: string): AccessRefusal {
  return {
    ...refusal('invalid_token', `The ${kind} token was refused. ${why} ${HOW_TO_SEND[kind]}`),
    why,
  };
}

function refusal(code: AccessRefusal['code'], message: string): AccessRefusal {
  return { ok: false, status: API_ERRORS[code].status, code, message };
}
