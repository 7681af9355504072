import { createHash } from 'node:crypto';

/**
 * SHA-256 of a token, hex. Tokens are long random strings, so a plain hash (no salt, no slow
 * KDF) is enough to keep a copy of the database from granting access, and it stays indexable.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
