import type { Target, TargetRole } from '../../core/events/schema.ts';

/** Longest label kept; Odoo's button and menu labels are far shorter. */
const MAX_LABEL_LENGTH = 80;

/** An element and what is known of it so far. */
type Found = [Element, Pick<Target, 'role'> & Partial<Target>];

/**
 * Describes the element a click landed on, by role and technical names only, or returns null
 * when the click hit nothing actionable. Labels are read from buttons and menus alone: those come
 * from Odoo's views, while everything inside field widgets, list cells, kanban cards and
 * breadcrumbs is user data and is never read.
 */
export function describeTarget(clicked: Element): Target | null {
  const found = classify(clicked);
  if (!found) return null;

  const [element, partial] = found;
  return {
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
}

function classify(clicked: Element): Found | null {
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

  const fixed = classifyFixedButton(clicked);
  if (fixed) return fixed;

  const button = clicked.closest('button, a[type], [role="button"]');
  if (button && !button.closest('.o_field_widget, .o_data_cell, .o_kanban_record')) {
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

  return null;
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

function isDisabled(element: Element): boolean {
  return (
    element.hasAttribute('disabled') ||
    element.getAttribute('aria-disabled') === 'true' ||
    element.classList.contains('disabled')
  );
}
