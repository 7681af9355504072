import { modelOfAction } from './action-models.ts';
import { classesOf, insideField } from './controller.ts';
import { BUTTON_MODELS, FIELD_MODELS, STATE_MODELS, VIEW_CLASS_MODELS } from './model-hints.ts';
import type { DomElement } from './types.ts';
import type { OdooUrl } from './url.ts';

// Header buttons and smart buttons: 16 keeps the box in the sheet (`oe_button_box`), 17/18 in the
// control panel (`o-form-buttonbox`); both are inside the controller (REFERENCE §2.5).
const HINT_BUTTONS =
  '.o_statusbar_buttons button[name], .o-form-buttonbox button[name], ' +
  '.oe_button_box button[name]';

/**
 * The technical model on display. The address wins when it names the model or a known action;
 * otherwise the controller's DOM decides (view classes, then buttons, fields and states).
 */
export function recogniseModel(
  address: OdooUrl | null,
  controller: DomElement | null,
): string | null {
  const fromUrl = address ? (address.model ?? modelOfAction(address.action)) : null;
  if (fromUrl) return fromUrl;

  return controller ? modelFromDom(controller) : null;
}

/** Tries each kind of hint in turn; a kind whose hints disagree is skipped, not guessed from. */
function modelFromDom(controller: DomElement): string | null {
  const kinds = [viewClassHints, buttonHints, fieldHints, stateHints];
  for (const hints of kinds) {
    const models = new Set(hints(controller));
    if (models.size === 1) return [...models][0] ?? null;
  }
  return null;
}

function viewClassHints(controller: DomElement): string[] {
  const own = classesOf(controller).flatMap((token) => VIEW_CLASS_MODELS[token] ?? []);
  if (own.length > 0) return own;

  // 16 copies the arch class onto the form root / list renderer, not the controller (§2.4).
  return Object.entries(VIEW_CLASS_MODELS).flatMap(([token, model]) => {
    const found = controller.querySelector(`.${token}`);
    return found && !insideField(found) ? [model] : [];
  });
}

function buttonHints(controller: DomElement): string[] {
  return namesOf(controller, HINT_BUTTONS).flatMap((name) => BUTTON_MODELS[name] ?? []);
}

function fieldHints(controller: DomElement): string[] {
  return namesOf(controller, '.o_field_widget[name]').flatMap((name) => FIELD_MODELS[name] ?? []);
}

function stateHints(controller: DomElement): string[] {
  return Array.from(controller.querySelectorAll('.o_statusbar_status button[data-value]'))
    .filter((step) => !insideField(step.closest('.o_field_widget') ?? step))
    .flatMap((step) => STATE_MODELS[step.getAttribute('data-value') ?? ''] ?? []);
}

/** `name` attributes of matching elements that are not part of an embedded x2many. */
function namesOf(controller: DomElement, selector: string): string[] {
  return Array.from(controller.querySelectorAll(selector))
    .filter((element) => !insideField(element))
    .flatMap((element) => element.getAttribute('name') ?? []);
}
