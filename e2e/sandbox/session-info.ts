import type { Session } from './sessions.ts';
import type { SandboxStore } from './store.ts';

/** The database name every sandbox reports. */
export const DB_NAME = 'sandbox';

/**
 * What `/web/session/get_session_info` answers and what the shell inlines as
 * `odoo.__session_info__`: the subset of Odoo's keys a client or an extension reads.
 */
export function sessionInfo(store: SandboxStore, session: Session): Record<string, unknown> {
  const user = store.find('users', session.uid);
  const company = store.data.company;
  return {
    uid: session.uid,
    is_system: false,
    is_admin: false,
    is_public: false,
    name: user?.name ?? '',
    username: user?.login ?? '',
    partner_display_name: user?.name ?? '',
    partner_id: 100 + session.uid,
    db: DB_NAME,
    server_version: `${session.variant}.0`,
    server_version_info: [session.variant, 0, 0, 'final', 0, ''],
    user_context: { lang: 'en_US', tz: 'Europe/Brussels', uid: session.uid },
    user_companies: {
      current_company: company.id,
      allowed_companies: { [company.id]: { id: company.id, name: company.name } },
    },
    currencies: { 1: { symbol: '€', position: 'after', digits: [69, 2] } },
    'web.base.url': '',
    home_action_id: false,
  };
}
