import type { DialogKind } from '../screen/index.ts';

/**
 * Odoo's own fixed dialog titles → kind. Any other title (a wizard's action name, a server
 * message) is never compared nor kept. Sources: REFERENCE §2.7, §2.10, §2.11 (16 "User Error",
 * 17/18 "Invalid Operation", 18 "Oops!", 16/17 "Odoo Error") and the snapshots README
 * ("Bye-bye, record!" in 17 and 18).
 */
export const FIXED_TITLE_KINDS: Readonly<Record<string, DialogKind>> = {
  'User Error': 'user_error',
  'Invalid Operation': 'user_error',
  'Validation Error': 'validation_error',
  'Access Error': 'access_error',
  'Access Denied': 'access_error',
  'Missing Record': 'server_error',
  'Missing Action': 'server_error',
  'Odoo Error': 'server_error',
  'Oops!': 'server_error',
  'Odoo Session Expired': 'server_error',
  'Request timeout': 'server_error',
  'Bye-bye, record!': 'confirm',
  Confirmation: 'confirm',
};
