import type { AnalysisInput, DayRange, Intervention } from '../../../core/analysis/index.ts';
import { BUILT_IN_PATHS } from '../../../core/flows/index.ts';
import { loadInterventions, type RecordedIntervention } from '../interventions/index.ts';
import {
  DEFAULT_SETTINGS,
  loadOrganisationSettings,
  type Organisation,
} from '../organisations/index.ts';
import type { Queryable } from '../store/index.ts';
import { ALL_DAYS } from './analysis-windows.ts';
import { loadAttempts } from './load-attempts.ts';
import { loadSessions } from './load-sessions.ts';

/** What one request analyses: the analysis' input, and the interventions as recorded. */
export interface AnalysisData {
  input: AnalysisInput;
  /** The organisation's interventions with when each was recorded, by day. */
  interventions: RecordedIntervention[];
}

/**
 * An organisation's input to the analysis: its attempts that started in the days `window` gives
 * for its interventions (an analysis reads the weeks before each one), its whole
 * history of session rows (a user's first day decides their tenure, and a cohort's users over
 * all time whether it is shown on its own), its interventions, the shipped golden paths, and its
 * `minGroupUsers` setting.
 */
export async function loadAnalysisInput(
  db: Queryable,
  org: Organisation,
  window: (interventions: readonly Intervention[]) => DayRange,
): Promise<AnalysisData> {
  const interventions = await loadInterventions(db, org.id);
  const recorded = interventions.map((item) => item.intervention);
  const [settings, sessionRows, attemptRows] = await Promise.all([
    loadOrganisationSettings(db, org.id),
    loadSessions(db, org.id, ALL_DAYS),
    loadAttempts(db, org.id, window(recorded)),
  ]);

  return {
    input: {
      organisation: org.name,
      attempts: attemptRows,
      sessions: sessionRows,
      paths: BUILT_IN_PATHS,
      interventions: recorded,
      settings: { minGroupUsers: (settings ?? DEFAULT_SETTINGS).minGroupUsers },
    },
    interventions,
  };
}
