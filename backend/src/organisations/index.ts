export { findOrganisation, findOrganisationByToken } from './find-organisation.ts';
export { findPartnerByToken, findPartnerOrganisations } from './find-partner.ts';
export { findReaderByToken } from './find-reader.ts';
export type { Reader } from './find-reader.ts';
export { hashToken } from './hash-token.ts';
export {
  DEFAULT_SETTINGS,
  loadOrganisationSettings,
  resolveSettings,
} from './organisation-settings.ts';
export { organisationSchema } from './organisation-schema.ts';
export {
  loadOrganisationsFile,
  MAX_HINT_WINDOW_DAYS,
  MAX_MIN_GROUP_USERS,
  MIN_TOKEN_LENGTH,
  parseOrganisationsFile,
} from './organisations-file.ts';
export type { OrganisationsFileResult } from './organisations-file.ts';
export { syncOrganisations } from './sync-organisations.ts';
export type {
  Organisation,
  OrganisationConfig,
  OrganisationSettings,
  Partner,
  PartnerConfig,
  TokenKind,
} from './types.ts';
