import type { SignalKind } from '../detect/types.ts';
import type { GoldenPath } from '../flows/schema.ts';
import type { AttemptRow, SessionRow } from '../sync/schema.ts';
import type { AnalysisSettings, Intervention, InterventionKind } from './inputs.ts';

/**
 * The analysis' inputs and outputs. Every figure a partner reads is named here as they read it
 * (`docs/analysis.md` explains each). Rates are percentages 0–100 with one decimal, times are in
 * ms, and users appear only as displayed pseudonyms (`u-` and 8 hex characters).
 */

export type { AnalysisSettings, Intervention, InterventionKind } from './inputs.ts';

/** A UTC day, `YYYY-MM-DD`. */
export type Day = string;

/** An ISO week, `2026-W49` (Monday to Sunday). */
export type IsoWeek = string;

/** Days from `from` to `to`, both included. */
export interface DayRange {
  from: Day;
  to: Day;
}

/** One organisation's stored rows and what the partner knows about it. */
export interface AnalysisInput {
  /** The organisation's name, for titles. */
  organisation: string;
  attempts: readonly AttemptRow[];
  sessions: readonly SessionRow[];
  /** The golden paths the attempts were matched against (names, modules, step order). */
  paths: readonly GoldenPath[];
  /** Interventions the partner recorded. Default: none. */
  interventions?: readonly Intervention[];
  /** Overrides of the settings; `minGroupUsers` defaults to 3. */
  settings?: Partial<AnalysisSettings>;
}

export type Tenure = 'new' | 'experienced';

/** A cohort as every output shows it, after small cohorts were merged into `other`. */
export interface CohortSummary {
  /** `role/team/tenure`, `unknown` for a part IT did not set, or `other`. */
  key: string;
  /** `warehouse · north-site · new`. */
  label: string;
  users: number;
  sessions: number;
  /** For `other`: the cohorts merged into it. */
  mergedFrom: string[];
}

/** Time to complete: P50 and P90 of completed attempts. */
export interface Percentiles {
  /** Completed attempts behind the figures. */
  n: number;
  p50Ms: number | null;
  p90Ms: number | null;
}

/** One error Odoo showed at a step, counted. */
export interface ErrorTally {
  kind: string;
  button: string;
  /** Times shown. */
  count: number;
  /** Attempts that saw it. */
  attempts: number;
  users: number;
}

/** What a group of attempts did at one step (or over a whole path). */
export interface StepFigures {
  /** Attempts that reached the step. */
  attempts: number;
  /** Of those, attempts that completed the path. */
  completed: number;
  sessions: number;
  users: number;
  /** Sessions in scope (the group's cohorts, the window): the coverage's denominator. */
  scopeSessions: number;
  visits: number;
  hesitantVisits: number;
  /** Share of the scope's sessions with an attempt reaching the step. */
  coveragePct: number;
  /** 0–100: share of visits to the step with at least one hesitation signal. */
  hesitationScore: number;
  /** Share of the attempts reaching the step that completed the path. */
  completionPct: number;
  /** Share of the attempts whose workaround was seen at this step. */
  workaroundPct: number;
  /** Share of the attempts that met an error at this step. */
  errorRatePct: number;
  /** Attempts given up with this as the furthest step reached. */
  abandoned: number;
  /**
   * Attempts that met trouble at the step: a hesitant visit, an error, a workaround there, or
   * given up there. Severity rests on it, so one incident is never counted twice.
   */
  frictionAttempts: number;
  timeToComplete: Percentiles;
  /** Signals raised at the step, by kind. */
  signals: Partial<Record<SignalKind, number>>;
  /** Errors shown at the step, most frequent first. */
  errors: ErrorTally[];
}

/** The same figures over the weeks before: their mean, and how many weeks had attempts. */
export interface BaselineFigures {
  weeks: number;
  hesitationScore: number;
  completionPct: number;
  errorRatePct: number;
  workaroundPct: number;
}

/** Attempts that share path, step, signal and cohort, with their figures for one week. */
export interface Cluster {
  path: string;
  pathName: string;
  /** The Odoo module of the path, e.g. `stock`. */
  module: string;
  step: string;
  stepName: string;
  cohort: string;
  cohortLabel: string;
  /** The dominant friction at the step: the kind raised most; null when none was. */
  signal: SignalKind | null;
  figures: StepFigures;
  /** The previous weeks, for the change; null when they had no attempt at the step. */
  baseline: BaselineFigures | null;
  /** 0–1: how bad the step is for the cohort (attempts in trouble, completion drop). */
  severity: number;
  /** Reach × severity: users affected, weighted by how badly. The review ranks by it. */
  score: number;
  /** Users with friction at the step (displayed pseudonyms). */
  pseudonyms: string[];
}

export type Cause = 'bug' | 'knowledge' | 'ux_process';

/** The facts behind a cause, each a stable code and a sentence with its numbers. */
export type EvidenceRule =
  | 'server_errors'
  | 'dead_clicks'
  | 'same_error_across_cohorts'
  | 'starts_on_day'
  | 'new_users_hesitate'
  | 'few_users_hesitate'
  | 'experienced_hesitate'
  | 'loops'
  | 'detours'
  | 'workarounds'
  | 'form_friction'
  | 'refusals'
  | 'no_pattern';

export interface Evidence {
  cause: Cause;
  rule: EvidenceRule;
  text: string;
}

/** What the review proposes to do about an item. */
export interface ProposedIntervention {
  kind: InterventionKind;
  path: string;
  step: string;
  /** The cohorts it is for: those affected. */
  cohorts: string[];
  title: string;
  /** The ticket, the wording or flow change, or the training brief: ready to paste. */
  text: string;
  /** Users it concerns (for training: who to train). */
  pseudonyms: string[];
}

/** One of the week's top problems: a step of a path, in the cohorts it hits. */
export interface ReviewItem {
  rank: number;
  path: string;
  pathName: string;
  module: string;
  step: string;
  stepName: string;
  /** The dominant friction over the affected cohorts. */
  signal: SignalKind | null;
  /** The affected cohorts' keys and labels. */
  cohorts: string[];
  cohortLabels: string[];
  cause: Cause;
  /** The cause's evidence first, then what else was seen. */
  evidence: Evidence[];
  /** The day the problem started, when it started on one. */
  firstDay: Day | null;
  /** The affected cohorts together. */
  figures: StepFigures;
  baseline: BaselineFigures | null;
  severity: number;
  score: number;
  pseudonyms: string[];
  intervention: ProposedIntervention;
}

export type Verdict = 'improved' | 'worse' | 'no_change' | 'insufficient_data';

export type MetricName = 'completion' | 'hesitation' | 'coverage' | 'time_to_complete';

/** One figure before and after, and whether the difference is more than chance. */
export interface MetricComparison {
  metric: MetricName;
  /** `pct` for rates (hesitation as a 0–100 score), `ms` for the median time. */
  unit: 'pct' | 'ms';
  before: number | null;
  after: number | null;
  /** The sample sizes: visits, attempts, sessions or completed attempts. */
  beforeN: number;
  afterN: number;
  test: 'two_proportion_z' | 'mann_whitney_u';
  /** z of the test; null when a side had too few values. */
  statistic: number | null;
  pValue: number | null;
  verdict: Verdict;
}

/** What to compare: a path, or a cluster (path, step and cohort). */
export interface CompareTarget {
  path: string;
  /** The whole path when left out. */
  step?: string;
  /** Every cohort when left out. */
  cohort?: string;
}

export interface Comparison {
  target: Required<Pick<CompareTarget, 'path'>> & CompareTarget;
  pathName: string;
  stepName: string | null;
  cohortLabel: string | null;
  before: DayRange;
  after: DayRange;
  metrics: MetricComparison[];
  /** The figure the verdict follows: hesitation for a step, completion for a path. */
  primary: MetricName;
  verdict: Verdict;
  /** One sentence with the primary figure before and after and its p-value. */
  summary: string;
}

/** An intervention and the before/after of what it was about. */
export interface InterventionOutcome {
  intervention: Intervention;
  comparison: Comparison;
}

/** The weekly review of one organisation: what the partner brings to the call. */
export interface WeeklyReview {
  organisation: string;
  week: IsoWeek;
  range: DayRange;
  /** The weeks the changes are measured against. */
  baselineWeeks: IsoWeek[];
  totals: { sessions: number; attempts: number; users: number };
  cohorts: CohortSummary[];
  /** At most three, by reach × severity. */
  top: ReviewItem[];
  /** Every cluster of the week with a signal, by score. */
  clusters: Cluster[];
  /** Interventions made on or before the week's last day, latest first. */
  interventions: InterventionOutcome[];
}

/** The intents `answerQuestion` understands. */
export type QuestionIntent =
  'module_spike' | 'cause_of_flow' | 'blocked_power_users' | 'fix_first' | 'intervention_outcome';

/** A row of figures behind an answer: column name to value. */
export type FigureRow = Record<string, string | number | boolean | null>;

export interface Answer {
  answered: boolean;
  intent: QuestionIntent | null;
  answer: string;
  figures: FigureRow[];
  /** Questions it can answer, to ask next. */
  suggestions: string[];
}

/** The clean spreadsheet: one row per path step × module × role × completed. */
export interface ExportRow {
  from: Day;
  to: Day;
  path: string;
  pathName: string;
  step: string;
  stepName: string;
  module: string;
  /** The role of the (merged) cohort: `other` for small cohorts. */
  role: string;
  completed: boolean;
  attempts: number;
  sessions: number;
  users: number;
  /** Median time to complete of these attempts; empty for attempts not completed. */
  timeToCompleteP50Ms: number | null;
  hesitationScore: number;
  workaroundPct: number;
  /** `workaround` when at least one attempt in ten used one. */
  workaround: 'workaround' | '';
}

/** What a question is asked about. */
export interface QuestionContext {
  input: AnalysisInput;
  /** The week "this week" means; default: the week of the latest data. */
  week?: IsoWeek;
}
