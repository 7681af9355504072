import type { Organisation } from '../organisations/index.ts';

/** What the backend's Hono context carries between middleware and handlers. */
export interface AppEnv {
  Variables: {
    /** The organisation the request was authorised for, for the request log line. */
    orgId?: string;
    /** The organisation a read token was checked for, set by `requireReadAccess`. */
    org?: Organisation;
  };
}
