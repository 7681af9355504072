import type { Target, TargetRole } from '../../core/events/schema.ts';
import { fieldOf } from './field-info.ts';

/** Longest label kept; Odoo's button and menu labels are far shorter. */
const MAX_LABEL_LENGTH = 80;

/** Containers whose text is user data: a button inside them keeps its name but not its label. */
const USER_DATA = '.o_field_widget, .o_data_cell, .o_kanban_record';

/**
 * Menus of the search bar whose entries are user data: quick-search items repeat the typed text
 * ("Search Customer for: ..."), favorites are `ir.filters` that users name themselves.
 */
const SEARCH_USER_DATA = '.o_searchview, .o_searchview_autocomplete, .o_favorite_menu';

/** Icons Odoo draws on +/- buttons of a quantity. */
const STEPPER_ICONS = '.fa-plus, .fa-minus, .oi-plus, .oi-minus';

/** Classes of steppers: `o_stepper`, `*_increment`, `*_decrement`, `js_add_cart_json`. */
const STEPPER_CLASS = /(^|[_-])(stepper|increment|decrement)([_-]|$)|^js_add_cart_json$/;

/** Dropdown items whose class names what they do, kept as the target's name. */
const NAMED_MENU_ITEMS = ['o_import_menu', 'o_export_all_menu', 'o_list_export_xlsx'];

/** An element and what is known of it so far. */
type Found = [Element, Pick<Target, 'role'> & Partial<Target>];

/** The element a description is of, with the description. */
export interface DescribedTarget {
  element: Element;
  target: Target;
}

/**
 * Describes the element a click landed on, by role and technical names only, or returns null
 * when the click hit nothing actionable. Labels are read from buttons, menus and notebook tabs
 * alone: those come from Odoo's views, while everything inside field widgets, list cells, kanban
 * cards and breadcrumbs is user data and is never read.
 */
export function describeTarget(clicked: Element): Target | null {
  return classifyTarget(clicked)?.target ?? null;
}

/** Like `describeTarget`, with the element described (the button around a clicked icon). */
export function classifyTarget(clicked: Element): DescribedTarget | null {
  const found = classify(clicked);
  if (!found) return null;

  const [element, partial] = found;
  const target: Target = {
    name: null,
    buttonType: null,
    widget: null,
    menu: null,
    state: null,
    depth: null,
    label: null,
    ...partial,
    inDialog: element.closest('.modal') !== null,
    disabled: isDisabled(element),
    covered: false,
  };
  return { element, target };
}

function classify(clicked: Element): Found | null {
  // The backdrop is the `.modal` itself around `.modal-dialog` (REFERENCE §2.10).
  if (clicked.matches('.modal, .modal-backdrop')) return [clicked, { role: 'dialog_backdrop' }];

  // A label's click is followed by one on its control: only the control's is described.
  const label = clicked.closest('label');
  if (label && (label as HTMLLabelElement).control) return null;

  const status = clicked.closest('.o_statusbar_status button[data-value]');
  if (status) {
    // The state key only: labels of many2one statusbars (stages) are user data.
    return [status, { role: 'statusbar_state', state: status.getAttribute('data-value') }];
  }

  const crumb = clicked.closest('.breadcrumb-item');
  if (crumb) return [crumb, { role: 'breadcrumb', depth: breadcrumbDepth(crumb) }];

  const menu = clicked.closest('[data-menu-xmlid]');
  if (menu) {
    const role: TargetRole = menu.matches('.o_app, .o_menu_brand') ? 'app' : 'menu';
    return [menu, { role, menu: menu.getAttribute('data-menu-xmlid'), label: labelOf(menu) }];
  }

  return (
    classifyFixedButton(clicked) ??
    classifyControlPanel(clicked) ??
    classifyViewButton(clicked) ??
    classifyField(clicked) ??
    classifyOther(clicked)
  );
}

function classifyFixedButton(clicked: Element): Found | null {
  const fixed: [string, TargetRole][] = [
    ['.o_form_button_save, .o_list_button_save', 'save'],
    ['.o_form_button_cancel, .o_list_button_discard', 'discard'],
    ['.o_form_button_create, .o_list_button_add, .o-kanban-button-new', 'new_record'],
  ];
  for (const [selector, role] of fixed) {
    const element = clicked.closest(selector);
    // The dialog footer's Discard is a dialog button, not the form's discard.
    if (element && !element.closest('.modal-footer')) return [element, { role }];
  }
  return null;
}

/** View switcher, pager, app switcher and notebook tabs. */
function classifyControlPanel(clicked: Element): Found | null {
  const switcher = clicked.closest('.o_switch_view');
  if (switcher) {
    const type = Array.from(switcher.classList)
      .map((token) => /^o_(\w+)$/.exec(token)?.[1])
      .find((name) => name && name !== 'switch_view');
    return [switcher, { role: 'view_switcher', name: type ?? null }];
  }

  const pager = clicked.closest('.o_pager_next, .o_pager_previous, .o_pager_value');
  if (pager) {
    const name = pager.matches('.o_pager_next')
      ? 'next'
      : pager.matches('.o_pager_previous')
        ? 'previous'
        : null;
    return [pager, { role: 'pager', name }];
  }

  const apps = clicked.closest('.o_navbar_apps_menu button, .o_navbar_apps_menu .dropdown-toggle');
  if (apps) return [apps, { role: 'menu' }];

  const tab = clicked.closest('.o_notebook_headers .nav-link');
  if (tab) return [tab, { role: 'tab', name: tab.getAttribute('name'), label: labelOf(tab) }];

  return null;
}

/** Buttons from the view's arch, wherever they sit: header, footer, smart box, list rows. */
function classifyViewButton(clicked: Element): Found | null {
  const button = clicked.closest(
    'button[name][type], button[special], a[name][type="object"], a[name][type="action"]',
  );
  if (!button) return null;
  return [
    button,
    {
      role: button.matches('.btn-primary') ? 'primary_action' : 'secondary_action',
      name: button.getAttribute('name'),
      buttonType: button.getAttribute('type') ?? button.getAttribute('special'),
      label: button.closest(USER_DATA) ? null : labelOf(button),
    },
  ];
}

/** Priority stars, steppers, toggles and any other part of a field widget. */
function classifyField(clicked: Element): Found | null {
  const field = fieldOf(clicked);
  const star = clicked.closest('.o_priority_star, .o_priority');
  if (star) {
    return [star, { role: 'priority', name: field?.name ?? null, widget: 'priority' }];
  }
  const toggle = clicked.closest(
    'input[type=checkbox], input[type=radio], .form-switch, .o_boolean_toggle, .o_list_record_selector',
  );
  if (toggle) {
    const name = field?.name ?? technicalOrNull(toggle.getAttribute('name'));
    return [toggle, { role: 'toggle', name, widget: field?.widget ?? null }];
  }
  if (!field) return null;

  const stepper = clicked.closest('button, a, [role="button"]');
  if (stepper && stepper.closest('.o_field_widget') === field.element && isStepper(stepper)) {
    return [stepper, { role: 'stepper', name: field.name, widget: field.widget }];
  }
  return [field.element, { role: 'field', name: field.name, widget: field.widget }];
}

function classifyOther(clicked: Element): Found | null {
  const item = clicked.closest('.dropdown-item, .o_menu_item, [role="menuitem"]');
  if (item) {
    const name = NAMED_MENU_ITEMS.find((token) => item.classList.contains(token)) ?? null;
    // Action menu entries are Odoo's and the admin's; other items (favorites) are user data.
    const named = item.matches('.o_menu_item') || name !== null;
    const label = named && !item.closest(SEARCH_USER_DATA) ? labelOf(item) : null;
    return [item, { role: 'menu', name, label }];
  }

  const button = clicked.closest('button, a[type], [role="button"]');
  if (button && !button.closest(USER_DATA)) {
    return [
      button,
      {
        role: button.matches('.btn-primary') ? 'primary_action' : 'secondary_action',
        name: button.getAttribute('name'),
        buttonType: button.getAttribute('type') ?? button.getAttribute('special'),
        label: labelOf(button),
      },
    ];
  }

  const record = clicked.closest('tr.o_data_row, .o_kanban_record');
  if (record) return [record, { role: 'record' }];

  const link = clicked.closest('a[href]');
  if (link) return [link, { role: 'link', name: technicalOrNull(link.getAttribute('name')) }];

  return null;
}

function isStepper(element: Element): boolean {
  if (element.querySelector(STEPPER_ICONS) || element.matches(STEPPER_ICONS)) return true;
  return Array.from(element.classList).some((token) => STEPPER_CLASS.test(token));
}

/** Levels back from the current breadcrumb: 1 for the parent, 0 for the current one. */
function breadcrumbDepth(crumb: Element): number {
  const items = Array.from(crumb.parentElement?.children ?? []).filter((item) =>
    item.matches('.breadcrumb-item'),
  );
  const index = items.indexOf(crumb);
  // 17/18 show the current level outside the list, as .o_last_breadcrumb_item.
  const currentOutside = crumb.closest('.o_breadcrumb')?.querySelector('.o_last_breadcrumb_item');
  const levels = items.length + (currentOutside ? 1 : 0);
  return Math.max(0, levels - 1 - index);
}

function labelOf(element: Element): string | null {
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text ? text.slice(0, MAX_LABEL_LENGTH) : null;
}

/** Keeps an attribute only when it looks like a technical name (the event contract's rule). */
function technicalOrNull(value: string | null): string | null {
  return value && /^[\w.:-]{1,128}$/.test(value) ? value : null;
}

function isDisabled(element: Element): boolean {
  return (
    element.hasAttribute('disabled') ||
    element.closest('fieldset[disabled]') !== null ||
    element.getAttribute('aria-disabled') === 'true' ||
    element.classList.contains('disabled')
  );
}
