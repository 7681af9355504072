export { buildHintPack, INCIDENT_MIN_DAYS } from './build-pack.ts';
export type { BuildPackOptions, PackAttempt } from './build-pack.ts';
export { chooseHint, targetOf } from './choose-hint.ts';
export type { Hint, HintRequest, HintTarget, HintTrigger } from './choose-hint.ts';
export {
  HINT_PACK_FORMAT,
  hintPackSchema,
  packFixSchema,
  packIncidentSchema,
  packNextSchema,
  packPathSchema,
  packStepSchema,
} from './pack.ts';
export type { HintPack, PackFix, PackIncident, PackNext, PackPath, PackStep } from './pack.ts';
