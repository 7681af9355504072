import type { Intervention } from '../../../core/analysis/index.ts';

/** What a partner posts to record an intervention: everything but the id, which the server gives. */
export type NewIntervention = Omit<Intervention, 'id'>;

/** An intervention as stored: the analysis' intervention and when it was recorded. */
export interface RecordedIntervention {
  intervention: Intervention;
  /** When it was recorded, ISO 8601 in UTC. */
  createdAt: string;
}
