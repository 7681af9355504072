/** A count and its noun, singular for one: `1 session`, `14 events`. Nouns here add an "s". */
export function plural(count: number, noun: string): string {
  return `${count} ${count === 1 ? noun : `${noun}s`}`;
}
