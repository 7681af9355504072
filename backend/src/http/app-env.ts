/** What the backend's Hono context carries between middleware and handlers. */
export interface AppEnv {
  Variables: {
    /** The organisation the request was authorised for, for the request log line. */
    orgId?: string;
  };
}
