import { h } from './dom.js';
import { dropdown, dropdownItem } from './dropdown.js';
import { is17, session } from './env.js';
import { APPS, appByKey, menuHref } from './registry.js';

/**
 * `header.o_navbar > nav.o_main_navbar`: app switcher, the current app's brand and sections,
 * a systray with the user. `openMenu(appKey, actionKey)` runs when an app or menu is chosen.
 */

export function renderNavbar(appKey, openMenu) {
  const app = appByKey(appKey) ?? APPS[0];
  const itemClass = is17 ? 'dropdown-item' : 'o-dropdown-item dropdown-item o-navigable';

  const appsMenu = dropdown({
    wrapperClass: 'o_navbar_apps_menu',
    wrapper18: 'div.o_navbar_apps_menu',
    toggleAttrs: { title: 'Home Menu', 'data-hotkey': 'h' },
    toggleContent: h('i.oi.oi-apps'),
    items: () =>
      APPS.map((entry) =>
        dropdownItem(
          'a',
          {
            class: entry.key === app.key ? 'o_app focus' : 'o_app',
            href: menuHref(entry.menuId, entry.action),
            'data-menu-xmlid': entry.xmlId,
            'data-section': entry.menuId,
            onSelect: () => openMenu(entry.key, entry.action),
          },
          entry.name,
        ),
      ),
  });

  const brand = h(
    'a',
    {
      class: `${itemClass} o_menu_brand ${is17 ? 'd-none d-md-flex' : 'd-flex'}`,
      role: 'menuitem',
      href: menuHref(app.menuId, app.action),
      'data-menu-xmlid': app.xmlId,
      'data-section': app.menuId,
      onClick: (event) => {
        event.preventDefault();
        openMenu(app.key, app.action);
      },
    },
    app.name,
  );

  const sections = app.sections.map((section, index) => {
    const hotkey = String((index + 1) % 10);
    if (!section.children) {
      return h(
        'a',
        {
          class: `${itemClass} o_nav_entry`,
          role: 'menuitem',
          href: menuHref(section.menuId, section.action),
          'data-hotkey': hotkey,
          'data-menu-xmlid': section.xmlId,
          'data-section': section.menuId,
          onClick: (event) => {
            event.preventDefault();
            openMenu(app.key, section.action);
          },
        },
        section.name,
      );
    }
    return dropdown({
      toggleAttrs: { 'data-hotkey': hotkey, 'data-menu-xmlid': section.xmlId },
      toggleContent: h('span', { 'data-section': section.menuId }, section.name),
      items: () =>
        section.children.map((child) =>
          child.header
            ? h('div.dropdown-menu_group.dropdown-header', child.header)
            : dropdownItem(
                'a',
                {
                  href: menuHref(child.menuId, child.action),
                  'data-menu-xmlid': child.xmlId,
                  'data-section': child.menuId,
                  onSelect: () => openMenu(app.key, child.action),
                },
                child.name,
              ),
        ),
    });
  });

  return h(
    'header.o_navbar',
    h(
      is17 ? 'nav.o_main_navbar' : 'nav.o_main_navbar.d-print-none',
      { 'data-command-category': 'disabled' },
      appsMenu,
      brand,
      is17 ? null : h('div.o_navbar_breadcrumbs.d-contents'),
      h('div.o_menu_sections.d-flex.flex-grow-1.flex-shrink-1.w-0', { role: 'menu' }, sections),
      h(
        'div.o_menu_systray.d-flex.flex-shrink-0.ms-auto',
        { role: 'menu' },
        h(
          'div.o_user_menu.pe-0',
          h('span.oe_topbar_name', session.name, h('mark.font-monospace', session.db)),
          h('a.o_sandbox_logout', { href: '/web/session/logout' }, 'Log out'),
        ),
      ),
    ),
  );
}
