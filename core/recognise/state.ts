import type { DomRoot } from './types.ts';

const CURRENT_STEP = '.o_statusbar_status button.o_arrow_button_current[data-value]';

/**
 * The selection key of the main form's current statusbar step. `data-value` is the technical key
 * (REFERENCE §2.5, §2.16), unlike the button's label; a form opened in a dialog is skipped.
 */
export function recogniseState(root: DomRoot): string | null {
  for (const step of Array.from(root.querySelectorAll(CURRENT_STEP))) {
    if (step.closest('.o_dialog')) continue;
    return step.getAttribute('data-value') || null;
  }
  return null;
}
