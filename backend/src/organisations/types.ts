/** An organisation as the organisations file declares it, tokens in clear. */
export interface OrganisationConfig {
  id: string;
  name: string;
  /** Lets the organisation's extensions post batches and fetch hint packs, and nothing else. */
  ingestToken: string;
  /** Lets whoever holds it read this organisation's dashboard and API, and nothing else. */
  readToken: string;
  /** Defaults in `DEFAULT_SETTINGS`. */
  settings?: Partial<OrganisationSettings>;
}

/** How the backend treats one organisation's data. */
export interface OrganisationSettings {
  /**
   * Fewest distinct users a cohort or a hint-pack figure may rest on; smaller groups are merged
   * or left out, so no figure describes one person. Default 3.
   */
  minGroupUsers: number;
  /** Days of attempts, today included, that the hint pack is built from. Default 28. */
  hintWindowDays: number;
}

/** A partner as the organisations file declares it: one read token for several organisations. */
export interface PartnerConfig {
  id: string;
  name: string;
  /** Lets the partner read exactly the organisations listed below. */
  readToken: string;
  /** Ids of the organisations the partner may read, each declared in the same file. */
  organisations: string[];
}

/** An organisation as the rest of the backend sees it: never with a token. */
export interface Organisation {
  id: string;
  name: string;
}

/** A partner as the rest of the backend sees it: never with a token. */
export interface Partner {
  id: string;
  name: string;
}

/** Which of an organisation's two tokens a request presents. */
export type TokenKind = 'ingest' | 'read';
