import type { Counts } from '../summary/index.ts';

const NUMBER_FORMAT = new Intl.NumberFormat('en');

/** `12345` → `12,345`. */
export function formatCount(value: number): string {
  return NUMBER_FORMAT.format(value);
}

/** The Sessions, Unique users and Events cells of a table row. */
export function CountCells({ counts }: { counts: Counts }) {
  return (
    <>
      <td class="num" data-label="Sessions">
        {formatCount(counts.sessions)}
      </td>
      <td class="num" data-label="Unique users">
        {formatCount(counts.users)}
      </td>
      <td class="num" data-label="Events">
        {formatCount(counts.events)}
      </td>
    </>
  );
}

/** The matching header cells. */
export function CountHeaders() {
  return (
    <>
      <th class="num" scope="col">
        Sessions
      </th>
      <th class="num" scope="col">
        Unique users
      </th>
      <th class="num" scope="col">
        Events
      </th>
    </>
  );
}
