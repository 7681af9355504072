/**
 * The only form in which a user's identity leaves the browser: HMAC-SHA256 of the Odoo database
 * and user id under a secret the client's IT sets and the partner never sees. The same inputs
 * always give the same pseudonym, so the client's admin can turn pseudonyms back into logins.
 */

/** Hex characters kept of the HMAC: 128 bits, far beyond any collision in one organisation. */
export const PSEUDONYM_HEX_LENGTH = 32;

/** Shortest pseudonym secret the extension takes from its policy. */
export const MIN_SECRET_CHARS = 16;

/** Returns the pseudonym of user `uid` of database `database` under `secret`. */
export async function pseudonymOf(secret: string, database: string, uid: number): Promise<string> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac = await crypto.subtle.sign('HMAC', key, encoder.encode(`${database}:${uid}`));
  return toHex(new Uint8Array(mac)).slice(0, PSEUDONYM_HEX_LENGTH);
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
