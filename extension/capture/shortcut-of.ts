/** What of a keyboard event decides whether it is a shortcut. */
export interface KeyPress {
  key: string;
  code: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  /** AltGr held: on many layouts it types characters (`@`, `€`) and reports ctrl+alt. */
  altGraph?: boolean;
}

/**
 * The shortcut a key press is, as `alt+v`, `ctrl+shift+z` or `escape`, or null when it is typing:
 * a key without ctrl, alt or meta (shift alone only picks a capital), an AltGr character, or a
 * key that is not a letter or digit. Modifiers come in a fixed order: alt, ctrl, meta, shift.
 */
export function shortcutOf(press: KeyPress): string | null {
  if (press.key === 'Escape') return 'escape';
  if (press.altGraph || !(press.altKey || press.ctrlKey || press.metaKey)) return null;

  const name = keyName(press);
  if (!name) return null;
  const modifiers = [
    press.altKey && 'alt',
    press.ctrlKey && 'ctrl',
    press.metaKey && 'meta',
    press.shiftKey && 'shift',
  ].filter((modifier): modifier is string => typeof modifier === 'string');
  return [...modifiers, name].join('+');
}

function keyName(press: KeyPress): string | null {
  const key = press.key.toLowerCase();
  if (/^[a-z0-9]$/.test(key)) return key;
  // With alt, macOS gives the composed character ("√" for alt+v): the physical key names it
  // then, as Odoo's own hotkey service does.
  const code = /^(?:Key([A-Z])|Digit([0-9]))$/.exec(press.code);
  return code ? (code[1] ?? code[2] ?? '').toLowerCase() || null : null;
}
