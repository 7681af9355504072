import type { OdooUrl } from './url.ts';
import type { DomRoot } from './types.ts';

/**
 * DOM fingerprints of each major version. Source: REFERENCE §2.15, §2.1, §2.12 and the snapshots
 * (`.o_navbar_breadcrumbs` in every 18 page, `.o-overlay-container` in every 17 page).
 * 18 is tested first because it keeps most of 17's classes.
 */
const FINGERPRINTS: ReadonlyArray<{ version: number; selector: string }> = [
  { version: 18, selector: '.o_navbar_breadcrumbs, .o-overlay-item, .o_notification_bar' },
  {
    version: 16,
    selector: '.o_cp_top, .o_dialog_container, nav.o_main_navbar[data-command-category="navbar"]',
  },
  { version: 17, selector: '.o_control_panel_main, .o-overlay-container' },
];

// The login page already loads the overlay container; only a rendered web client counts.
const WEB_CLIENT = '.o_action_manager, nav.o_main_navbar';

/** Odoo's major version: 18 for any `/odoo/…` address (later versions keep that grammar). */
export function recogniseVersion(address: OdooUrl | null, root: DomRoot): number | null {
  if (address?.grammar === 'path') return 18;

  if (root.querySelector(WEB_CLIENT)) {
    const match = FINGERPRINTS.find(({ selector }) => root.querySelector(selector));
    if (match) return match.version;
  }

  return address ? versionFromCids(address.cids) : null;
}

/** 16 joins company ids with `,` (`%2C` in the address), 17 with `-` (REFERENCE §1.1). */
function versionFromCids(cids: string | null): number | null {
  if (cids?.includes('-')) return 17;
  if (cids?.includes(',')) return 16;
  return null;
}
