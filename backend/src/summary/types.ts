import type { Organisation } from '../organisations/index.ts';

/** Distinct sessions, distinct known users and events of a slice of an organisation's rows. */
export interface Counts {
  /** Distinct session ids. */
  sessions: number;
  /** Distinct pseudonyms; rows without a known user are not counted here. */
  users: number;
  events: number;
}

export interface FlowSummary extends Counts {
  /** Golden path id, or null for activity outside every known flow. */
  flow: string | null;
  /** The golden path's name, the id of a flow this backend does not know, or a fixed label. */
  name: string;
}

export interface ScreenSummary extends Counts {
  flow: string | null;
  app: string | null;
  model: string | null;
  viewType: string | null;
  state: string | null;
}

/** What `GET /v1/orgs/:org/summary` answers and the dashboard shows. */
export interface OrgSummary {
  org: Organisation;
  flows: FlowSummary[];
  screens: ScreenSummary[];
  totals: Counts;
}
