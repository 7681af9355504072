export { DIALOG_KINDS, UNKNOWN_SCREEN } from './types.ts';
export type { Dialog, DialogKind, Screen } from './types.ts';
export { dialogSchema, screenSchema, technicalName } from './schema.ts';
