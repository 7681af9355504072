/**
 * How a pseudonym is shown: `u-` and its first 8 hex characters. Short enough to read aloud on a
 * call, long enough that two users of one organisation practically never share it; the client's
 * admin recomputes the full pseudonyms of their users and matches on the same prefix.
 */

/** Hex characters of the pseudonym that are shown. */
export const SHOWN_PSEUDONYM_HEX = 8;

/** `u-1a2b3c4d` for a pseudonym `1a2b3c4d…`. */
export function displayPseudonym(pseudonym: string): string {
  return `u-${pseudonym.slice(0, SHOWN_PSEUDONYM_HEX)}`;
}
