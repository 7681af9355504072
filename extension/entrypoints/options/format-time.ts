/** A time as the user's locale writes it, to the second: the table's events are seconds apart. */
export function formatTime(t: number): string {
  return new Date(t).toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'medium' });
}
