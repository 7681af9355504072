/** An organisation as the organisations file declares it, tokens in clear. */
export interface OrganisationConfig {
  id: string;
  name: string;
  /** Lets the organisation's extensions post batches, and nothing else. */
  ingestToken: string;
  /** Lets the partner read the organisation's dashboard and summary, and nothing else. */
  readToken: string;
}

/** An organisation as the rest of the backend sees it: never with a token. */
export interface Organisation {
  id: string;
  name: string;
}

/** Which of an organisation's two tokens a request presents. */
export type TokenKind = 'ingest' | 'read';
