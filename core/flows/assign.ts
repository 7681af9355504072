import type { Screen } from '../screen/types.ts';
import type { GoldenPath } from './schema.ts';

/**
 * Which golden path a screen belongs to: the first path one of whose steps names the screen's
 * model or the open wizard's model. Returns null for screens outside every path.
 */
export function flowOfScreen(screen: Screen, paths: readonly GoldenPath[]): string | null {
  for (const path of paths) {
    for (const step of path.steps) {
      const { model, dialog } = step.match;
      if (names(model, screen.model) || names(dialog, screen.dialog?.model)) return path.id;
    }
  }
  return null;
}

function names(match: string | string[] | undefined, value: string | null | undefined): boolean {
  if (match === undefined || value == null) return false;
  return typeof match === 'string' ? match === value : match.includes(value);
}
