import { MAX_LISTED_USERS } from '../../../core/analysis/review-text.ts';

/**
 * Displayed pseudonyms (`u-6155a50c`), each kept on one line: a pseudonym broken at its hyphen
 * reads as two, and the client's admin copies them into `pathlight resolve` as they are.
 */
export function PseudonymList({ pseudonyms }: { pseudonyms: readonly string[] }) {
  if (pseudonyms.length === 0) return <span class="muted">none named</span>;
  const more = pseudonyms.length - MAX_LISTED_USERS;
  return (
    <span class="users">
      {pseudonyms.slice(0, MAX_LISTED_USERS).map((pseudonym, index) => (
        <>
          {index > 0 && ', '}
          <span class="pseudonym">{pseudonym}</span>
        </>
      ))}
      {more > 0 && ` and ${more} more`}
    </span>
  );
}
