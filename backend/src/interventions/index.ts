export { insertIntervention } from './insert-intervention.ts';
export {
  deleteInterventionOperation,
  listInterventionsOperation,
  recordInterventionOperation,
} from './interventions-operation.ts';
export { interventionsRoutes } from './interventions-routes.ts';
export type { InterventionList, InterventionWithOutcome } from './interventions-schema.ts';
export { loadInterventions } from './load-interventions.ts';
export type { NewIntervention, RecordedIntervention } from './types.ts';
