/**
 * Which web client this page imitates, read from the session info the server inlines, exactly
 * where Odoo puts it (`odoo.__session_info__`).
 */

const info = globalThis.odoo?.__session_info__ ?? {};

/** 17 (hash URLs under `/web`) or 18 (path URLs under `/odoo`). */
export const VERSION = info.server_version_info?.[0] === 17 ? 17 : 18;

export const is17 = VERSION === 17;

export const session = {
  uid: info.uid ?? null,
  name: info.name ?? '',
  db: info.db ?? '',
  companyName: Object.values(info.user_companies?.allowed_companies ?? {})[0]?.name ?? '',
};

/** Picks the 17 or the 18 variant of a label, class list or value. */
export function byVersion(v17, v18) {
  return is17 ? v17 : v18;
}

/** `document.title` as each version writes it: 17 "Odoo - <name>", 18 "<name>". */
export function setDocumentTitle(name) {
  globalThis.document.title = is17 ? `Odoo - ${name}` : name;
}
