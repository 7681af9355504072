import type { DomRoot } from './types.ts';

/**
 * The current app's root menu xmlid, from the navbar brand (REFERENCE §2.2: present in 16/17/18;
 * 18 hides it on small screens, where the app stays unknown).
 */
export function recogniseApp(root: DomRoot): string | null {
  const brand = root.querySelector('.o_main_navbar .o_menu_brand[data-menu-xmlid]');
  return brand?.getAttribute('data-menu-xmlid') || null;
}
