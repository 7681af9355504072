import type { DayRange, IsoWeek } from '../../../core/analysis/index.ts';

/** What a trend is measured over; every field narrows it, and none means everything. */
export interface TrendFilter {
  /** The Odoo module of the golden paths, e.g. `stock`. */
  module?: string;
  /** One golden path. */
  path?: string;
  /** One step of `path`: its figures at that step only. */
  step?: string;
  /** A cohort key; a cohort merged into `other` is read as `other`. */
  cohort?: string;
}

/** One week of a trend. Rates are null when there was nothing to measure them on. */
export interface WeekSignals {
  week: IsoWeek;
  range: DayRange;
  /** Sessions in scope that week: the cohort's, or everyone's. */
  sessions: number;
  /** Attempts kept by the filter that started that week (at a step: that reached it). */
  attempts: number;
  /** Share of the sessions in scope with such an attempt. */
  coveragePct: number | null;
  /** Share of the attempts that completed their golden path. */
  completionPct: number | null;
  /** 0–100: share of visits to the steps with a hesitation signal. */
  hesitationScore: number | null;
  /** Share of the attempts with a workaround (at the step, when one is named). */
  workaroundPct: number | null;
}
