import leven from 'leven';

/**
 * The name among `names` that `typed` most likely misspells, or undefined when none is close.
 * A longer word may be further off: one slip in "jsn", two in "recognize".
 */
export function closestName(typed: string, names: readonly string[]): string | undefined {
  const allowed = Math.max(1, Math.floor(typed.length / 4));
  let best: string | undefined;
  let bestDistance = allowed + 1;
  for (const name of names) {
    const distance = leven(typed.toLowerCase(), name.toLowerCase());
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  return best;
}
