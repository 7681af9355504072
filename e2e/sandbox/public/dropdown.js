import { cx, h } from './dom.js';
import { is17 } from './env.js';
import { overlayContainer } from './main-components.js';

/**
 * Odoo's dropdowns. 17: `div.o-dropdown.dropdown > button.dropdown-toggle`, and while open the
 * menu `div.o-dropdown--menu.dropdown-menu.d-block` inside that div. 18: the toggler itself has
 * `o-dropdown dropdown-toggle dropdown`, and the open menu is a popover in
 * `.o-overlay-container` (`div.o-overlay-item > div.o_popover.popover.o-dropdown--menu`).
 * Menus exist only while open, as in Odoo.
 */

const { document } = globalThis;

let current = null;

/**
 * Builds a dropdown and returns the element to insert.
 * - `wrapperClass`: extra classes of the 17 wrapper `div.o-dropdown`;
 * - `wrapper18`: selector of an element wrapping the 18 toggler (none by default);
 * - `toggleClass`, `toggleAttrs`, `toggleContent`: the toggler button;
 * - `menuClass`: extra classes of the menu; `items()`: its content, built when it opens.
 */
export function dropdown({
  wrapperClass = '',
  wrapper18 = null,
  toggleClass = '',
  toggleAttrs = {},
  toggleContent = [],
  menuClass = '',
  items,
}) {
  const toggle = h(
    'button',
    {
      ...toggleAttrs,
      type: is17 ? 'button' : toggleAttrs.type,
      class: is17
        ? cx('dropdown-toggle', toggleClass)
        : cx(toggleClass, 'o-dropdown dropdown-toggle dropdown'),
      'aria-expanded': 'false',
    },
    toggleContent,
  );
  const wrapper = is17
    ? h('div.o-dropdown.dropdown', { class: cx(wrapperClass, 'o-dropdown--no-caret') }, toggle)
    : wrapper18
      ? h(wrapper18, toggle)
      : toggle;

  const state = { toggle, wrapper, menu: null, items, menuClass };
  toggle.addEventListener('click', (event) => {
    event.stopPropagation();
    if (current === state) closeDropdown();
    else openDropdown(state);
  });
  return wrapper;
}

/** A menu entry: `dropdown-item` (17) or `o-dropdown-item dropdown-item o-navigable` (18). */
export function dropdownItem(tag, { class: className = '', onSelect, ...attrs }, ...children) {
  return h(
    tag,
    {
      ...attrs,
      class: cx(is17 ? 'dropdown-item' : 'o-dropdown-item dropdown-item o-navigable', className),
      role: 'menuitem',
      onClick: (event) => {
        event.preventDefault();
        closeDropdown();
        onSelect?.(event);
      },
    },
    children,
  );
}

export function closeDropdown() {
  if (!current) return;
  const { toggle, wrapper, menu } = current;
  current = null;
  toggle.setAttribute('aria-expanded', 'false');
  (is17 ? wrapper : toggle).classList.remove('show');
  (is17 ? menu : menu?.parentElement)?.remove();
}

function openDropdown(state) {
  closeDropdown();
  const rect = state.toggle.getBoundingClientRect();
  const style = `position: fixed; top: ${Math.round(rect.bottom)}px; left: ${Math.round(rect.left)}px;`;
  const menu = is17
    ? h(
        'div.o-dropdown--menu.dropdown-menu.d-block',
        { role: 'menu', style, class: state.menuClass },
        state.items(),
      )
    : h(
        'div.o_popover.popover.mw-100.o-dropdown--menu.dropdown-menu.mx-0',
        { role: 'menu', style, class: state.menuClass },
        state.items(),
      );

  if (is17) state.wrapper.append(menu);
  else overlayContainer().append(h('div.o-overlay-item', menu));
  (is17 ? state.wrapper : state.toggle).classList.add('show');
  state.toggle.setAttribute('aria-expanded', 'true');
  state.menu = menu;
  current = state;
}

document.addEventListener('click', (event) => {
  if (current && !current.menu?.contains(event.target)) closeDropdown();
});
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') closeDropdown();
});
