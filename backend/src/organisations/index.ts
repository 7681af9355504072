export { findOrganisation, findOrganisationByToken } from './find-organisation.ts';
export { hashToken } from './hash-token.ts';
export {
  loadOrganisationsFile,
  MIN_TOKEN_LENGTH,
  parseOrganisationsFile,
} from './organisations-file.ts';
export type { OrganisationsFileResult } from './organisations-file.ts';
export { syncOrganisations } from './sync-organisations.ts';
export type { Organisation, OrganisationConfig, TokenKind } from './types.ts';
